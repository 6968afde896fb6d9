namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Whether a document can use a variable: its name must appear in the text as a whole name. GraphQL ignores variables an
/// operation does not declare, so the request reader does not convert the others (a client's 20,000-item list under a
/// name the document never mentions costs a scan, not a million objects). Occurrences in strings or comments count:
/// a false "mentioned" only keeps a variable that execution then ignores.
/// </summary>
public static class VariableMentions
{
    public static bool IsMentioned(string document, string name)
    {
        if (name.Length == 0)
            return false;
        var text = document.AsSpan();
        for (var start = 0; start <= text.Length - name.Length;)
        {
            var found = text[start..].IndexOf(name.AsSpan(), StringComparison.Ordinal);
            if (found < 0)
                return false;
            var at = start + found;
            var end = at + name.Length;
            if ((at == 0 || !IsNameChar(text[at - 1])) && (end == text.Length || !IsNameChar(text[end])))
                return true;
            start = at + 1;
        }
        return false;
    }

    private static bool IsNameChar(char c) => c is '_' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
