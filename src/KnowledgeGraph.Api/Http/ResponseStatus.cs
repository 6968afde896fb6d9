using GraphQL;
using GraphQL.Execution;
using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.Http;

/// <summary>The HTTP status of a GraphQL response, per media type (GraphQL over HTTP, "Status Codes").</summary>
public static class ResponseStatus
{
    public static int Of(ExecutionResult result, string mediaType)
    {
        if (result.Errors?.OfType<IHttpStatusError>().FirstOrDefault() is { } decisive)
            return decisive.StatusCode;
        // With application/json every well-formed request gets 200; with data present it is always 200.
        if (result.Executed || mediaType == GraphQLMediaTypes.Json)
            return StatusCodes.Status200OK;
        // No data: a request error (parse, validation, operation selection, variable coercion) is the client's,
        // anything else stopped the server from producing a response.
        return result.Errors is { Count: > 0 } errors && errors.All(error => error is DocumentError)
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status500InternalServerError;
    }
}
