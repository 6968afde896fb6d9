using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphQL.Planning;

/// <summary>The selections of a connection's <c>aggregate</c> field(s) → one <see cref="AggregateRequest"/> (properties once each).</summary>
internal sealed class AggregateReader
{
    private readonly List<PropertyDef> _numeric = [];
    private readonly List<PropertyDef> _distinct = [];

    public AggregateRequest Request => new(_numeric, _distinct);

    public void Read(IObjectGraphType aggregateType, IEnumerable<FieldGroup> groups)
    {
        foreach (var group in groups)
        {
            if (aggregateType.GetField(group.First.Name.Value) is { } field
                && FieldBinding.Of(field) is AggregatePropertyBinding binding)
            {
                var list = binding.IsNumeric ? _numeric : _distinct;
                if (!list.Contains(binding.Property))
                {
                    list.Add(binding.Property);
                }
            }
        }
    }
}
