using System.Diagnostics;
using System.IO.Compression;
using KnowledgeGraph.Tools.ClassPatcher;

namespace KnowledgeGraph.Tools.Tests;

/// <summary>
/// Real javac and java: reproduces what Neo4j's Scala classes look like (version 50 calling an
/// interface's static method through a plain Methodref), checks the JVM rejects it, patches, and runs it.
/// </summary>
public sealed class JarClassPatcherTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("kg-classpatcher-").FullName;

    [Fact]
    public async Task Patched_old_class_runs_on_the_current_jvm()
    {
        var lib = Directory.CreateDirectory(Path.Combine(_work, "lib")).FullName;
        var plugins = Path.Combine(_work, "plugins");
        var classes = await CompileAsync();
        File.WriteAllBytes(Path.Combine(classes, "demo", "Caller.class"), DowngradeToOldStyle(Path.Combine(classes, "demo", "Caller.class")));
        ZipFile.CreateFromDirectory(classes, Path.Combine(lib, "demo.jar"));

        var before = await RunJavaAsync(Path.Combine(lib, "demo.jar"));
        var written = JarClassPatcher.PatchFolder(lib, plugins);
        var after = await RunJavaAsync($"{plugins}{Path.PathSeparator}{Path.Combine(lib, "demo.jar")}");

        Assert.Equal(["demo/Caller.class"], written);
        Assert.Contains("InterfaceMethodref", before.Output);
        Assert.Equal((0, "hello from the interface"), (after.ExitCode, after.Output.Trim()));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private async Task<string> CompileAsync()
    {
        var sources = Directory.CreateDirectory(Path.Combine(_work, "src")).FullName;
        var greeter = Path.Combine(sources, "Greeter.java");
        var caller = Path.Combine(sources, "Caller.java");
        File.WriteAllText(greeter, "package demo; public interface Greeter { static String hello() { return \"hello from the interface\"; } }");
        File.WriteAllText(caller, "package demo; public class Caller { public static void main(String[] a) { System.out.println(Greeter.hello()); } }");
        var classes = Path.Combine(_work, "classes");
        var result = await RunAsync("javac", "--release", "8", "-nowarn", "-d", classes, greeter, caller);
        Assert.True(result.ExitCode == 0, result.Output);
        return classes;
    }

    /// <summary>Version 50 and a plain Methodref to the interface, as the Scala 2.11 compiler emitted.</summary>
    private static byte[] DowngradeToOldStyle(string classPath)
    {
        var bytes = File.ReadAllBytes(classPath);
        var classFile = ClassFileReader.Read(bytes);
        var entry = Assert.Single(classFile.ConstantPool, e => e is { Tag: ConstantPoolTag.InterfaceMethodref });
        bytes[entry!.Offset] = ConstantPoolTag.Methodref;
        bytes[6] = 0;
        bytes[7] = 50;
        return bytes;
    }

    private static Task<(int ExitCode, string Output)> RunJavaAsync(string classPath) =>
        RunAsync("java", "-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote", "-cp", classPath, "demo.Caller");

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
