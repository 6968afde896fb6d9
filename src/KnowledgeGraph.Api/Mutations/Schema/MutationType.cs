using GraphQL;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Mutations.Execution;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Mutations.Schema;

/// <summary>
/// The Mutation root: the generated per-label and per-relationship fields, <c>applyChanges</c> and <c>importGraph</c>.
/// Each field is one atomic write; each carries the role it needs in its metadata (see <see cref="RoleCheck"/>).
/// </summary>
internal static class MutationType
{
    public const string Operations = "operations";
    public const string CsvFiles = "csvFiles";

    public static ObjectGraphType Create(GraphSchema schema, MutationCatalog catalog)
    {
        var mutation = new ObjectGraphType
        {
            Name = "Mutation",
            Description = Bilingual.Text(
                "Les écritures dans le graphe de connaissances. Chaque champ est validé en entier et appliqué de façon atomique, ou refusé " +
                "avec une erreur par problème (extensions : code, operationIndex, field) et rien n'est écrit.",
                "Writes to the knowledge graph. Each field is validated as a whole and applied atomically, or refused with " +
                "one error per problem (extensions: code, operationIndex, field) and nothing written."),
        };
        foreach (var definition in catalog.Definitions)
        {
            mutation.AddField(Field(definition.Name, definition.Description, definition.RequiredRole,
                [.. definition.Arguments.Select(a => a.ToArgument())],
                context =>
                {
                    var values = Arguments(context);
                    return (_ => Task.FromResult(ChangeSet.Of(definition.ToOperation(values))), definition.WrittenNodeId(values));
                }));
        }

        mutation.AddField(Field("applyChanges",
            Bilingual.Text("Applique plusieurs opérations en un seul lot atomique : chacune voit celles qui la précèdent ; toutes sont écrites, ou aucune.",
                "Applies several operations as one atomic change set: each sees the ones before it; all are written or none."),
            KnowledgeGraphRoles.Editor,
            [new QueryArgument(new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(MutationNames.ChangeInput)))))
                { Name = Operations, Description = Bilingual.Text("Les opérations, dans l'ordre.", "The operations, in order.") }],
            context => (_ => Task.FromResult(ChangeInputReader.Read(catalog, List(context, Operations))), null)));

        mutation.AddField(Field("importGraph",
            Bilingual.Text("Pour les administrateurs : importe des fichiers CSV au format graph-seed (nœuds et relations) en un seul lot atomique. " +
                "Les fichiers voyagent dans la requête GraphQL (256 Kio au plus) : au-delà, envoyer le dossier zippé à `POST /import` (ou `kg import`), voir le README.",
                "Administrators: imports graph-seed CSV files (nodes and relationships) as one atomic change set. The files travel " +
                "inside the GraphQL request (256 KiB at most): for more, send the zipped folder to `POST /import` (or `kg import`), see the README."),
            KnowledgeGraphRoles.Admin,
            [new QueryArgument(new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(MutationNames.CsvFileInput)))))
                { Name = CsvFiles, Description = Bilingual.Text(
                    "Les fichiers, nommés comme dans un jeu de données graph-seed (`nodes/Actor.csv`, `relationships/PARTICIPATES_IN.csv`).",
                    "The files, named like in a seed set (`nodes/Actor.csv`, `relationships/PARTICIPATES_IN.csv`).") }],
            context => (token => CsvSeedSet.ReadAsync(schema, List(context, CsvFiles), token), null)));
        return mutation;
    }

    private static FieldType Field(string name, string description, string role, QueryArgument[] arguments,
        Func<IResolveFieldContext, (Func<CancellationToken, Task<ChangeSet>> Build, string? NodeId)> prepare)
    {
        var field = new FieldType
        {
            Name = name,
            Description = Bilingual.Append(description, $"Nécessite le rôle {role}.", $"Needs the {role} role."),
            ResolvedType = new GraphQLTypeReference(MutationNames.Payload),
            Arguments = new QueryArguments(arguments),
            Resolver = new FuncFieldResolver<object?>(async context =>
            {
                var (build, nodeId) = prepare(context);
                return await MutationExecutor.ExecuteAsync(context, role, build, nodeId);
            }),
        };
        return field.WithMetadata(RoleCheck.RequiredRoleKey, role);
    }

    private static Dictionary<string, object?> Arguments(IResolveFieldContext context) =>
        context.Arguments?.Where(a => a.Value.Source != ArgumentSource.FieldDefault || a.Value.Value is not null)
            .ToDictionary(a => a.Key, a => a.Value.Value, StringComparer.Ordinal)
        ?? [];

    private static IEnumerable<object?> List(IResolveFieldContext context, string name) =>
        context.GetArgument<IEnumerable<object?>>(name) ?? [];
}
