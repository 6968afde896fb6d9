using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Mutations.Execution;

/// <summary>
/// The files of <c>importGraph</c> written as a seed set in a temporary folder, read with the seed loader (same
/// format and validation as graph-seed), and removed again. Only <c>nodes/X.csv</c> and <c>relationships/X.csv</c> names.
/// </summary>
internal static partial class CsvSeedSet
{
    public const string Name = "name";
    public const string Content = "content";

    public static async Task<ChangeSet> ReadAsync(GraphSchema schema, IEnumerable<object?> files, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("kg-import-");
        try
        {
            var errors = new List<WriteError>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var index = 0;
            foreach (var file in files.Select(Schema.InputValues.AsMap))
            {
                var name = file.GetValueOrDefault(Name) as string ?? string.Empty;
                if (!FileName().IsMatch(name) || !names.Add(name))
                {
                    errors.Add(new WriteError(0, $"csvFiles[{index}].name", WriteErrorCodes.InvalidSeed,
                        $"'{name}' is not a seed file name (nodes/<Label>.csv or relationships/<TYPE>.csv, each once)."));
                }
                else
                {
                    var path = Path.Combine(folder.FullName, name.Replace('/', Path.DirectorySeparatorChar));
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    await File.WriteAllTextAsync(path, file.GetValueOrDefault(Content) as string ?? string.Empty, cancellationToken);
                }

                index++;
            }

            if (errors.Count > 0)
            {
                throw new WriteValidationException(errors);
            }

            return ChangeSet.Of(await ImportGraph.FromSeedSetsAsync(schema, [folder.FullName], 0, cancellationToken));
        }
        catch (WriteValidationException invalid)
        {
            // Name the file as the client did, not by the temporary folder.
            string[] prefixes = [folder.FullName + Path.DirectorySeparatorChar, folder.Name + Path.DirectorySeparatorChar, folder.Name + '/'];
            throw new WriteValidationException([.. invalid.Errors.Select(e => e with { Field = prefixes.Aggregate(e.Field, (field, prefix) => field.Replace(prefix, string.Empty, StringComparison.Ordinal)) })]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"^(nodes|relationships)/[A-Za-z][A-Za-z0-9_]*\.csv$")]
    private static partial Regex FileName();
}
