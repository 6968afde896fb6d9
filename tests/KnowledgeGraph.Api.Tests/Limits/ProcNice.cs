namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>The nice value of the calling thread as Linux reports it in <c>/proc</c>.</summary>
internal static class ProcNice
{
    public static int OfThisThread() => Parse(File.ReadAllText("/proc/thread-self/stat"));

    // "tid (name) state ppid …": the name may hold spaces and parentheses; the nice value is the 19th field.
    private static int Parse(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[19 - 3], System.Globalization.CultureInfo.InvariantCulture);
    }
}
