using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>Picks the response media type from the Accept header (RFC 9110 quality values, then order).</summary>
public static class AcceptNegotiator
{
    /// <summary>The response media type, or null when the client accepts neither GraphQL response type (406).</summary>
    public static string? SelectResponseType(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0)
            return GraphQLMediaTypes.GraphQLResponse;
        // Most clients send one of the two types alone: no parsing for them.
        if (accept.Count == 1 && SingleKnownType(accept[0]) is { } known)
            return known;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
            return GraphQLMediaTypes.GraphQLResponse;
        var preferred = MostPreferred(ranges, range => Matches(range, GraphQLMediaTypes.GraphQLResponse) || Matches(range, GraphQLMediaTypes.Json));
        if (preferred is null)
            return null;
        return Matches(preferred, GraphQLMediaTypes.GraphQLResponse) ? GraphQLMediaTypes.GraphQLResponse : GraphQLMediaTypes.Json;
    }

    /// <summary>True when text/html is named explicitly and ranks before both GraphQL response types: a browser.</summary>
    public static bool PrefersHtml(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
            return false;
        var preferred = MostPreferred(ranges, range =>
            IsHtml(range) || Matches(range, GraphQLMediaTypes.GraphQLResponse) || Matches(range, GraphQLMediaTypes.Json));
        return preferred is not null && IsHtml(preferred);
    }

    private static string? SingleKnownType(string value)
    {
        var type = value.AsSpan().Trim();
        if (type.Equals(GraphQLMediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            return GraphQLMediaTypes.GraphQLResponse;
        if (type.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            return GraphQLMediaTypes.Json;
        return null;
    }

    /// <summary>
    /// The first range with the highest quality among those that are relevant and acceptable (quality above zero):
    /// RFC 9110 ranks by quality, and equal qualities by the client's order.
    /// </summary>
    private static MediaTypeHeaderValue? MostPreferred(IList<MediaTypeHeaderValue> ranges, Func<MediaTypeHeaderValue, bool> relevant)
    {
        MediaTypeHeaderValue? best = null;
        var bestQuality = 0.0;
        for (var i = 0; i < ranges.Count; i++)
        {
            var range = ranges[i];
            var quality = range.Quality ?? 1.0;
            if (quality > bestQuality && relevant(range))
            {
                best = range;
                bestQuality = quality;
            }
        }
        return best;
    }

    private static bool IsHtml(MediaTypeHeaderValue range) =>
        range.MediaType.Equals(GraphQLMediaTypes.Html, StringComparison.OrdinalIgnoreCase);

    private static bool Matches(MediaTypeHeaderValue range, string mediaType) =>
        range.MatchesAllTypes
        || (range.MatchesAllSubTypes && mediaType.StartsWith($"{range.Type}/", StringComparison.OrdinalIgnoreCase))
        || range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase);
}
