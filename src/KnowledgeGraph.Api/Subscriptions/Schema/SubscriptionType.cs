using System.Collections.Frozen;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.Api.Analytics;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Api.Subscriptions.Changes;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.Subscriptions.Schema;

/// <summary>The Subscription root: <c>graphChanged</c>, one event per committed write that concerns the subscriber.</summary>
internal static class SubscriptionType
{
    public static ObjectGraphType Create()
    {
        var root = new ObjectGraphType
        {
            Name = "Subscription",
            Description = Bilingual.Text("Les mises à jour en direct : par Server-Sent Events (graphql-sse) ou WebSocket (graphql-transport-ws) sur `/graphql`.",
                "Live updates: over Server-Sent Events (graphql-sse) or WebSocket (graphql-transport-ws) at `/graphql`."),
        };
        root.AddField(GraphChanged());
        return root;
    }

    private static FieldType GraphChanged() => new()
    {
        Name = "graphChanged",
        Description = Bilingual.Text(
            "Un événement après chaque écriture validée (mutation ou import) qui concerne ce qui est suivi : par défaut toutes "
            + "les écritures ; avec `ids`, les changements de ces nœuds et de leurs relations ; avec `neighborhoodOf`, les changements "
            + "des nœuds et des relations de ce voisinage (tel que `neighborhood(ids:, depth:)` le renvoie, tenu à jour quand les liens "
            + "le modifient) ; avec `labels`, seulement les changements qui nomment un nœud de ces labels. Chaque événement ne liste que "
            + "les changements qui concernent l'abonné ; une visualisation recharge son sous-graphe à chacun.",
            "An event after every committed write (mutation or import) that concerns what is followed: by default "
            + "every write; with `ids`, changes of these nodes and of their relationships; with `neighborhoodOf`, changes "
            + "of the nodes and relationships of that neighbourhood (as `neighborhood(ids:, depth:)` returns it, kept up to "
            + "date as links change it); with `labels`, only changes naming a node of these labels. Each event lists only "
            + "the changes that concern the subscriber; a visualisation refetches its sub-graph on each one."),
        ResolvedType = NonNull(GraphChangeTypes.GraphChange),
        Arguments = new QueryArguments(
            Argument("ids", ListOfNonNull("ID"), Bilingual.Text("Suivre ces nœuds (leurs changements et ceux de leurs relations).", "Follow these nodes (their changes and their relationships').")),
            Argument("neighborhoodOf", ListOfNonNull("ID"), Bilingual.Text("Suivre le voisinage de ces nœuds.", "Follow the neighbourhood of these nodes.")),
            Argument("depth", Named("Int"), Bilingual.Text($"La profondeur du voisinage, en relations (de 1 à {Neighborhood.MaxDepth}).", $"The neighbourhood's depth, in relationships (1 to {Neighborhood.MaxDepth})."), 1),
            Argument("labels", ListOfNonNull(SchemaNames.NodeLabel), Bilingual.Text("Seulement les changements qui nomment un nœud de l'un de ces labels.", "Only changes that name a node of one of these labels."))),
        Resolver = new FuncFieldResolver<object?>(context => context.Source),
        StreamResolver = new SourceStreamResolver<GraphChange?>(SubscribeAsync),
    };

    private static async ValueTask<IObservable<GraphChange?>> SubscribeAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices ?? throw new InvalidOperationException("No request services.");
        var ids = context.GetArgument<List<string>?>("ids");
        var around = context.GetArgument<List<string>?>("neighborhoodOf");
        var depth = context.GetArgument<int>("depth");
        var labels = context.GetArgument<object?>("labels") is IEnumerable<object> chosen
            ? chosen.Cast<LabelDef>().Select(l => l.Name).ToFrozenSet(StringComparer.Ordinal)
            : null;
        AnalyticsErrors.RequireRange("depth", depth, 1, Neighborhood.MaxDepth);
        if (around is { Count: 0 })
            throw AnalyticsErrors.InvalidArgument("'neighborhoodOf' must name at least one node.");
        var neighborhood = around is null ? null : new NeighborhoodRequest(around, depth, Limit: Neighborhood.MaxLimit);
        var scope = new ChangeScope(ids?.ToFrozenSet(StringComparer.Ordinal), null, null, labels);
        return await FollowedChanges.StartAsync(
            services.GetRequiredService<GraphChangeHub>(),
            services.GetRequiredService<GraphAnalytics>(),
            scope,
            neighborhood,
            services.GetRequiredService<ILogger<GraphChangeHub>>(),
            context.CancellationToken);
    }
}
