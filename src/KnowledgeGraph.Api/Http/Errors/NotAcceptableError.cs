namespace KnowledgeGraph.Api.Http.Errors;

/// <summary>The Accept header names neither application/graphql-response+json nor application/json.</summary>
public sealed class NotAcceptableError()
    : GraphQLHttpError(
        StatusCodes.Status406NotAcceptable,
        "NOT_ACCEPTABLE",
        $"Accept must allow '{GraphQLMediaTypes.GraphQLResponse}' or '{GraphQLMediaTypes.Json}'.");
