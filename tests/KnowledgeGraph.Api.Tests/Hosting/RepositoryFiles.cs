using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>Finds files of the repository above a start folder, the test binaries, or this source file.</summary>
public static class RepositoryFiles
{
    public static string Find(string relativePath, string? startFolder = null)
    {
        string?[] starts = [startFolder, AppContext.BaseDirectory, Path.GetDirectoryName(ThisSourceFile())];
        foreach (var start in starts.OfType<string>())
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, relativePath);
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        throw new FileNotFoundException($"'{relativePath}' not found above {string.Join(" or ", starts.OfType<string>())}.");
    }

    private static string ThisSourceFile([CallerFilePath] string path = "") => path;
}
