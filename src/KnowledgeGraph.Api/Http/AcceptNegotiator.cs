using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>Picks the response media type from the Accept header (RFC 9110 quality values, then order).</summary>
public static class AcceptNegotiator
{
    /// <summary>The response media type, or null when the client accepts neither GraphQL response type (406).</summary>
    public static string? SelectResponseType(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
            return GraphQLMediaTypes.GraphQLResponse;
        foreach (var range in ByPreference(ranges))
        {
            if (Matches(range, GraphQLMediaTypes.GraphQLResponse)) return GraphQLMediaTypes.GraphQLResponse;
            if (Matches(range, GraphQLMediaTypes.Json)) return GraphQLMediaTypes.Json;
        }
        return null;
    }

    /// <summary>True when text/html is named explicitly and ranks before both GraphQL response types: a browser.</summary>
    public static bool PrefersHtml(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
            return false;
        foreach (var range in ByPreference(ranges))
        {
            if (range.MediaType.Equals(GraphQLMediaTypes.Html, StringComparison.OrdinalIgnoreCase)) return true;
            if (Matches(range, GraphQLMediaTypes.GraphQLResponse) || Matches(range, GraphQLMediaTypes.Json)) return false;
        }
        return false;
    }

    private static IEnumerable<MediaTypeHeaderValue> ByPreference(IList<MediaTypeHeaderValue> ranges) =>
        ranges
            .Select((range, index) => (range, index, quality: range.Quality ?? 1.0))
            .Where(entry => entry.quality > 0)
            .OrderByDescending(entry => entry.quality)
            .ThenBy(entry => entry.index)
            .Select(entry => entry.range);

    private static bool Matches(MediaTypeHeaderValue range, string mediaType) =>
        range.MatchesAllTypes
        || (range.MatchesAllSubTypes && mediaType.StartsWith($"{range.Type}/", StringComparison.OrdinalIgnoreCase))
        || range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase);
}
