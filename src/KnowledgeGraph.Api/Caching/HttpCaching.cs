using System.Buffers.Text;
using System.Security.Cryptography;
using KnowledgeGraph.Api.Http;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Writes a successful query answer. On GET it carries <c>Cache-Control</c> and a weak <c>ETag</c> (a hash of the
/// answer's bytes; weak because compression may re-encode them), and a matching <c>If-None-Match</c> gets 304.
/// </summary>
public static class HttpCaching
{
    private const string GraphQLResponseUtf8 = GraphQLMediaTypes.GraphQLResponse + "; charset=utf-8";
    private const string JsonUtf8 = GraphQLMediaTypes.Json + "; charset=utf-8";

    public static async Task WriteAsync(HttpContext context, CachedAnswer answer, string mediaType, TimeSpan maxAge)
    {
        var response = context.Response;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            var etag = answer.ETag;
            var audience = CallerRole.Of(context) == CallerRole.Anonymous ? "public" : "private";
            response.Headers.ETag = etag.ToString();
            response.Headers.CacheControl = $"{audience}, max-age={(long)maxAge.TotalSeconds}";
            response.Headers.Vary = HeaderNames.Accept;
            if (Matches(context.Request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentTypeOf(mediaType);
        response.ContentLength = answer.Body.Length;
        await response.Body.WriteAsync(answer.Body, context.RequestAborted);
    }

    public static EntityTagHeaderValue ETagOf(ReadOnlySpan<byte> body)
    {
        var hash = SHA256.HashData(body);
        return new EntityTagHeaderValue($"\"{Base64Url.EncodeToString(hash.AsSpan(0, 18))}\"", isWeak: true);
    }

    private static string ContentTypeOf(string mediaType) => mediaType switch
    {
        GraphQLMediaTypes.GraphQLResponse => GraphQLResponseUtf8,
        GraphQLMediaTypes.Json => JsonUtf8,
        _ => $"{mediaType}; charset=utf-8",
    };

    private static bool Matches(IList<string>? ifNoneMatch, EntityTagHeaderValue etag) =>
        ifNoneMatch is { Count: > 0 }
        && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
}
