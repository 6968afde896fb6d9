using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// A node as loaded or stored. <see cref="Properties"/> holds every non-null property including <c>id</c> and
/// <c>source</c>; values are string, long, double, bool, or IReadOnlyList&lt;string&gt; for list properties.
/// </summary>
public sealed record NodeRecord(LabelDef Label, string Id, IReadOnlyDictionary<string, object> Properties);
