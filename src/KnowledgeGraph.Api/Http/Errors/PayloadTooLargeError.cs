namespace KnowledgeGraph.Api.Http.Errors;

/// <summary>The request body exceeds <see cref="GraphQLHttpOptions.MaxRequestBodyBytes"/>.</summary>
public sealed class PayloadTooLargeError(long limit)
    : GraphQLHttpError(
        StatusCodes.Status413PayloadTooLarge,
        "PAYLOAD_TOO_LARGE",
        $"The request body is larger than {limit} bytes.");
