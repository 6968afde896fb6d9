namespace KnowledgeGraph.Api.Http.Errors;

/// <summary>An error the client may retry after a known delay: the response carries a <c>Retry-After</c> header.</summary>
public interface IRetryAfterError
{
    int RetryAfterSeconds { get; }
}
