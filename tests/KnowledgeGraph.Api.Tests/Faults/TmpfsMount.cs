using System.Diagnostics;

namespace KnowledgeGraph.Api.Tests.Faults;

/// <summary>
/// A small tmpfs of the test's own (needs root, as in CI and on the build machine): a disk that really fills up, and
/// that can be remounted read-only. Disposing unmounts it (lazily, so that a process still holding a file cannot
/// keep it mounted) and removes the mount point.
/// </summary>
public sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string path) => Path = path;

    public string Path { get; }

    public static TmpfsMount Create(long sizeBytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-fault-mounts", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        var mount = new TmpfsMount(path);
        try
        {
            Run("mount", "-t", "tmpfs", "-o", $"size={sizeBytes},mode=0755", "tmpfs", path);
        }
        catch
        {
            Directory.Delete(path);
            throw;
        }
        return mount;
    }

    /// <summary>No file on it can be opened for writing afterwards (refused while a file is open for writing).</summary>
    public void RemountReadOnly() => Run("mount", "-o", "remount,ro", Path);

    /// <summary>Writes a file of zeros until the disk is full; returns its path.</summary>
    public string Fill()
    {
        var filler = System.IO.Path.Combine(Path, "filler.bin");
        var chunk = new byte[64 * 1024];
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        try
        {
            while (true)
                stream.Write(chunk);
        }
        catch (IOException)
        {
            // ENOSPC: full. Fill the last bytes one page at a time.
            var page = new byte[4096];
            try
            {
                while (true)
                    stream.Write(page);
            }
            catch (IOException)
            {
            }
        }
        return filler;
    }

    public void Dispose()
    {
        try
        {
            Run("umount", "-l", Path);
        }
        finally
        {
            if (Directory.Exists(Path) && !Directory.EnumerateFileSystemEntries(Path).Any())
                Directory.Delete(Path);
        }
    }

    private static void Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{command} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Trim()} (the disk fault tests need root to mount a tmpfs)");
    }
}
