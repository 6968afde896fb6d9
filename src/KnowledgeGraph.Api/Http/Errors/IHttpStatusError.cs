namespace KnowledgeGraph.Api.Http.Errors;

/// <summary>An error that decides the HTTP status of the response, whatever the media type.</summary>
public interface IHttpStatusError
{
    int StatusCode { get; }

    /// <summary>The methods to list in an <c>Allow</c> header, for 405 only.</summary>
    string? Allow { get; }
}
