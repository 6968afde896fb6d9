using System.Text.RegularExpressions;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>The flagship example the IDE opens as its first tab (ui/graphiql/examples/flagship.graphql).</summary>
internal sealed partial record FlagshipQuery(string Text, string OperationName)
{
    public static FlagshipQuery Load()
    {
        var text = File.ReadAllText(RepositoryPaths.FlagshipQuery);
        var name = OperationNamePattern().Match(text);
        Assert.True(name.Success, "flagship.graphql should declare a named query");
        return new FlagshipQuery(text, name.Groups[1].Value);
    }

    [GeneratedRegex(@"^\s*query\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex OperationNamePattern();
}
