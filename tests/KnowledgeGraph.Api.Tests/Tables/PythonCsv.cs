using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Tables;

/// <summary>A CSV file read back by Python's csv module (/usr/bin/python3): an independent reader of what we write.</summary>
public sealed record PythonCsv(bool Bom, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    private const string Script = """
        import csv, io, json, sys
        raw = open(sys.argv[1], 'rb').read()
        text = raw.decode('utf-8-sig')
        rows = list(csv.reader(io.StringIO(text, newline=''), delimiter=sys.argv[2], strict=True))
        print(json.dumps({'bom': raw.startswith(b'\xef\xbb\xbf'), 'rows': rows}))
        """;

    public static async Task<PythonCsv> ReadAsync(byte[] bytes, char delimiter)
    {
        var file = Path.Combine(Path.GetTempPath(), $"kg-table-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(file, bytes);
        try
        {
            var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-c", Script, file, delimiter.ToString() })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("/usr/bin/python3 did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"python3 csv: {await error}");
            using var json = JsonDocument.Parse(await output);
            var rows = json.RootElement.GetProperty("rows").EnumerateArray()
                .Select(row => row.EnumerateArray().Select(cell => cell.GetString()!).ToList()).ToList();
            var header = rows.Count > 0 ? rows[0] : [];
            foreach (var row in rows)
                Assert.Equal(header.Count, row.Count);
            return new PythonCsv(json.RootElement.GetProperty("bom").GetBoolean(), header,
                [.. rows.Skip(1).Select(row => (IReadOnlyDictionary<string, string>)header.Zip(row).ToDictionary(p => p.First, p => p.Second))]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
