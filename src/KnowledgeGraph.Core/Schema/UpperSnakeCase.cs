using System.Text;

namespace KnowledgeGraph.Core.Schema;

/// <summary>The GraphQL enum spelling of a schema name: "SdgTarget" → "SDG_TARGET" (labels, dimensions, properties).</summary>
public static class UpperSnakeCase
{
    public static string From(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
