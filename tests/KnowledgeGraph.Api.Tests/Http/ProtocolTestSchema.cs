using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>A tiny schema of the protocol tests' own, so that they do not depend on the domain schema.</summary>
public sealed class ProtocolTestSchema : Schema
{
    public const string SecretDetail = "password=hunter2 at Db.Connect()";

    public ProtocolTestSchema()
    {
        Query = new QueryType();
        Mutation = new MutationType();
    }

    private sealed class QueryType : ObjectGraphType
    {
        public QueryType()
        {
            Name = "Query";
            Field<StringGraphType>("hello")
                .Argument<StringGraphType>("name")
                .Resolve(context => $"Hello, {context.GetArgument<string?>("name") ?? "world"}!");
            Field<NonNullGraphType<IntGraphType>>("twice")
                .Argument<NonNullGraphType<IntGraphType>>("n")
                .Resolve(context => context.GetArgument<int>("n") * 2);
            Field<StringGraphType>("boom")
                .Resolve(_ => throw new InvalidOperationException(SecretDetail));
            Field<StringGraphType>("unknownNode")
                .Resolve(_ => throw new InvalidQueryException("UNKNOWN_ID", "No node has the id 'ACT-NOPE'."));
            Field<ListGraphType<StringGraphType>>("extensionKeys")
                .Resolve(context => context.InputExtensions.Keys.Order(StringComparer.Ordinal).ToList());
        }
    }

    private sealed class MutationType : ObjectGraphType
    {
        public MutationType()
        {
            Name = "Mutation";
            Field<StringGraphType>("shout")
                .Argument<NonNullGraphType<StringGraphType>>("text")
                .Resolve(context => context.GetArgument<string>("text").ToUpperInvariant());
        }
    }
}
