using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>The expressions of <c>search</c>: the display and description shadows by label, and the score rule of <see cref="SearchRead"/>.</summary>
internal sealed class SearchCompiler(CompileContext context, SearchRead read)
{
    private readonly string _text = context.Parameter(TextNormalizer.Normalize(read.Text));

    public IReadOnlyList<LabelDef> Labels { get; } = read.Labels.Count > 0 ? read.Labels : context.Schema.Labels;

    public string LabelPredicate(string variable) =>
        "(" + string.Join(" OR ", Labels.Select(l => $"{variable}:{CypherNames.Label(l)}")) + ")";

    public string Display(string variable) => ByLabel(variable, label => label.Property(label.DisplayProperty));

    public string Score(string variable)
    {
        var display = Display(variable);
        var description = ByLabel(variable, label => label.SearchProperties.FirstOrDefault(p => p.Name != label.DisplayProperty));
        return $"CASE WHEN {display} = {_text} THEN 4 WHEN {display} STARTS WITH {_text} THEN 3 " +
               $"WHEN {display} CONTAINS {_text} THEN 2 WHEN {description} CONTAINS {_text} THEN 1 ELSE 0 END";
    }

    public string Projection(string variable)
    {
        var cases = Labels.Select(label =>
        {
            var projection = read.ProjectionByLabel.GetValueOrDefault(label) ?? NodeProjection.IdOnly(label);
            return $"WHEN {variable}:{CypherNames.Label(label)} THEN {ProjectionCompiler.Node(context, variable, projection)}";
        });
        return $"CASE {string.Join(" ", cases)} END";
    }

    private string ByLabel(string variable, Func<LabelDef, PropertyDef?> property)
    {
        // Labels sharing the property share one branch: CASE WHEN s:A OR s:B THEN s.`__n_name` …
        var cases = Labels
            .Select(label => (label, property: property(label)))
            .Where(x => x.property is not null)
            .GroupBy(x => x.property!.Name, StringComparer.Ordinal)
            .Select(g => $"WHEN {string.Join(" OR ", g.Select(x => $"{variable}:{CypherNames.Label(x.label)}"))} " +
                         $"THEN {CypherNames.ComparableAccess(variable, g.First().property!)}")
            .ToList();
        return cases.Count == 0 ? "null" : $"CASE {string.Join(" ", cases)} END";
    }
}
