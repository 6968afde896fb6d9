using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Benchmarks.Writes;

internal sealed record BenchOptions(int[] Scales, int Writes, int Seconds, int Writers, string? Out, string RepositoryRoot)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new BenchOptions(
            [.. (Value("--scales") ?? "1,10,100").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
            int.Parse(Value("--writes") ?? "200", CultureInfo.InvariantCulture),
            int.Parse(Value("--seconds") ?? "5", CultureInfo.InvariantCulture),
            int.Parse(Value("--writers") ?? "8", CultureInfo.InvariantCulture),
            Value("--out"),
            FindRepositoryRoot());
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "graph-seed", "curated")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository (graph-seed/curated not found).");
    }
}

/// <summary>Latencies in milliseconds: count, p50, p99.</summary>
internal sealed record Stats(int Count, double P50, double P99)
{
    public static Stats Of(List<double> samples)
    {
        samples.Sort();
        return samples.Count == 0
            ? new Stats(0, double.NaN, double.NaN)
            : new Stats(samples.Count, samples[(int)(samples.Count * 0.5)], samples[Math.Min(samples.Count - 1, (int)(samples.Count * 0.99))]);
    }

    public static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}

internal static class LoadAverage
{
    public static string Read() => File.Exists("/proc/loadavg")
        ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
        : "n/a";
}

internal sealed class TempRoot : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kg-write-bench-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

internal sealed class Report
{
    private readonly StringBuilder _text = new();

    public void Line(string line = "")
    {
        Console.WriteLine(line);
        _text.AppendLine(line);
    }

    public Task SaveAsync(string? path) => path is null ? Task.CompletedTask : File.WriteAllTextAsync(path, _text.ToString());
}
