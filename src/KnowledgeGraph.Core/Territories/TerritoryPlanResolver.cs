using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Territories;

/// <summary>
/// The step in front of both stores that turns what a user typed for a territory into its id, so that the embedded
/// store and Neo4j see the same plan: every <see cref="WithinFilter"/> (at any depth: relationship filters, counts,
/// nested selections) is resolved by <see cref="TerritoryDirectory.Resolve"/> (unknown or ambiguous: an error), and
/// <c>node(id:)</c> takes a territory id in any case ("reg-76"), and a territory's name or INSEE code when it names
/// exactly one (ambiguous: an error; no territory: left as it is, so <c>node</c> answers null as for any unknown id).
/// A plan with nothing to resolve is returned as it is (the same instance).
/// </summary>
public static class TerritoryPlanResolver
{
    /// <summary>Whether <paramref name="plan"/> needs the directory (it has a <c>within</c>, or a <c>node(id:)</c> that is no id).</summary>
    public static bool NeedsDirectory(ReadPlan plan, GraphSchema schema)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(schema);
        return plan.Roots.Any(root => root switch
        {
            CollectionRead collection => HasWithin(collection.Query),
            NodeByIdRead byId => IsNoId(byId.Id, schema) || byId.ProjectionByLabel.Values.Any(HasWithin),
            SearchRead search => search.ProjectionByLabel.Values.Any(HasWithin),
            _ => false,
        });
    }

    /// <summary>The plan with territories resolved; <paramref name="directory"/> may be null when <see cref="NeedsDirectory"/> is false.</summary>
    public static ReadPlan Resolve(ReadPlan plan, GraphSchema schema, TerritoryDirectory? directory)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(schema);
        var rewriter = new Rewriter(schema, directory);
        var roots = plan.Roots.Select(rewriter.Root).ToList();
        return rewriter.Changed ? new ReadPlan(roots) : plan;
    }

    /// <summary>The id <c>node(id:)</c> should look up for <paramref name="id"/>.</summary>
    public static string NodeId(string id, GraphSchema schema, TerritoryDirectory? directory)
    {
        if (schema.LabelOfId(id) is not null)
        {
            return id;
        }

        var upper = id.Trim().ToUpperInvariant();
        if (DomainLabels.Territory.IsValidId(upper))
        {
            return upper;
        }

        if (directory is null)
        {
            return id;
        }

        if (directory.Find(id, out var candidates) is { } found)
        {
            return found.Id;
        }

        return candidates.Count > 1 ? throw TerritoryErrors.Ambiguous(id, candidates) : id;
    }

    private static bool IsNoId(string id, GraphSchema schema) =>
        schema.LabelOfId(id) is null && !DomainLabels.Territory.IsValidId(id.Trim().ToUpperInvariant());

    private static bool HasWithin(ConnectionQuery query) => HasWithin(query.Where) || HasWithin(query.Projection);

    private static bool HasWithin(NodeProjection projection) => projection.Relationships.Any(r => HasWithin(r.Query));

    private static bool HasWithin(Filter? filter) => filter switch
    {
        WithinFilter => true,
        AndFilter and => and.Operands.Any(HasWithin),
        OrFilter or => or.Operands.Any(HasWithin),
        NotFilter not => HasWithin(not.Operand),
        RelationshipFilter relationship => HasWithin(relationship.NodeFilter) || HasWithin(relationship.EdgeFilter),
        CountFilter count => HasWithin(count.NodeFilter) || HasWithin(count.EdgeFilter),
        _ => false,
    };

    private sealed class Rewriter(GraphSchema schema, TerritoryDirectory? directory)
    {
        public bool Changed { get; private set; }

        public RootRead Root(RootRead root) => root switch
        {
            CollectionRead collection => collection with { Query = Query(collection.Query) },
            NodeByIdRead byId => NodeById(byId),
            SearchRead search => search with { ProjectionByLabel = Projections(search.ProjectionByLabel) },
            _ => root,
        };

        private RootRead NodeById(NodeByIdRead read)
        {
            var id = NodeId(read.Id, schema, directory);
            Changed |= !string.Equals(id, read.Id, StringComparison.Ordinal);
            return read with { Id = id, ProjectionByLabel = Projections(read.ProjectionByLabel) };
        }

        private IReadOnlyDictionary<LabelDef, NodeProjection> Projections(IReadOnlyDictionary<LabelDef, NodeProjection> projections) =>
            projections.ToDictionary(p => p.Key, p => Projection(p.Value));

        private ConnectionQuery Query(ConnectionQuery query)
        {
            if (!HasWithin(query))
            {
                return query;
            }

            return query with { Where = Filter(query.Where), Projection = Projection(query.Projection) };
        }

        private NodeProjection Projection(NodeProjection projection) =>
            !HasWithin(projection) ? projection
                : projection with { Relationships = [.. projection.Relationships.Select(r => r with { Query = Query(r.Query) })] };

        private Filter? Filter(Filter? filter) => filter switch
        {
            null => null,
            WithinFilter within => new WithinFilter([.. within.TerritoryIds.Select(Territory)]),
            AndFilter and => new AndFilter([.. and.Operands.Select(o => Filter(o)!)]),
            OrFilter or => new OrFilter([.. or.Operands.Select(o => Filter(o)!)]),
            NotFilter not => new NotFilter(Filter(not.Operand)!),
            RelationshipFilter relationship => relationship with
            {
                NodeFilter = Filter(relationship.NodeFilter), EdgeFilter = Filter(relationship.EdgeFilter),
            },
            CountFilter count => count with { NodeFilter = Filter(count.NodeFilter), EdgeFilter = Filter(count.EdgeFilter) },
            _ => filter,
        };

        private string Territory(string typed)
        {
            var id = (directory ?? throw new InvalidOperationException("A 'within' filter needs the territory directory.")).Resolve(typed);
            Changed |= !string.Equals(id, typed, StringComparison.Ordinal);
            return id;
        }
    }
}
