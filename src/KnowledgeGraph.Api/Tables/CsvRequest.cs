using KnowledgeGraph.Api.Http;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Tables;

/// <summary>
/// Whether a request to <c>/graphql</c> asks for a CSV answer, and with which separator. CSV is asked when an explicit
/// <c>text/csv</c> ranks first (quality, then order) among it and the types the endpoint also serves
/// (<c>application/graphql-response+json</c>, <c>application/json</c>, <c>text/html</c>, wildcards included):
/// <c>*/*</c> alone still gets JSON. The separator is the query-string parameter <c>separator</c>, else the
/// <c>separator</c> parameter of the <c>text/csv</c> range, else a comma; its values are <c>comma</c> and <c>semicolon</c>.
/// </summary>
public static class CsvRequest
{
    public const string MediaType = "text/csv";

    public const string SeparatorParameter = "separator";

    private static readonly string[] SeparatorNames = ["comma", "semicolon"];

    /// <summary>The CSV range the client prefers, or null when it prefers a type of the endpoint's own.</summary>
    public static MediaTypeHeaderValue? Preferred(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !accept.Any(value => value?.Contains(MediaType, StringComparison.OrdinalIgnoreCase) == true))
            return null;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
            return null;
        MediaTypeHeaderValue? best = null;
        var bestQuality = 0.0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality > bestQuality && (IsCsv(range) || ServedOtherwise(range)))
            {
                best = range;
                bestQuality = quality;
            }
        }
        return best is not null && IsCsv(best) ? best : null;
    }

    /// <summary>The separator asked for; an unknown name is a 400 <c>INVALID_ARGUMENT</c> (<see cref="InvalidSeparatorError"/>).</summary>
    public static CsvSeparator Separator(HttpRequest request, MediaTypeHeaderValue csvRange)
    {
        var asked = request.Query.TryGetValue(SeparatorParameter, out var values)
            ? values.Count == 1 ? values[0] : throw new InvalidSeparatorError($"The '{SeparatorParameter}' parameter must be given once.", [])
            : csvRange.Parameters.FirstOrDefault(p => p.Name.Equals(SeparatorParameter, StringComparison.OrdinalIgnoreCase))?.Value.Value;
        var name = HeaderUtilities.RemoveQuotes(asked ?? "").ToString().Trim();
        if (name.Length == 0 || name.Equals("comma", StringComparison.OrdinalIgnoreCase))
            return CsvSeparator.Comma;
        if (name.Equals("semicolon", StringComparison.OrdinalIgnoreCase))
            return CsvSeparator.Semicolon;
        var suggestions = KnowledgeGraph.Core.Text.Suggestions.Closest(name, SeparatorNames);
        throw new InvalidSeparatorError(
            $"The separator '{name}' is not known: use 'comma' or 'semicolon'.{KnowledgeGraph.Core.Text.Suggestions.DidYouMean(suggestions)}",
            suggestions);
    }

    private static bool IsCsv(MediaTypeHeaderValue range) =>
        range.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase);

    private static bool ServedOtherwise(MediaTypeHeaderValue range) =>
        range.MatchesAllTypes
        || range.MediaType.Equals(GraphQLMediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase)
        || range.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        || range.MediaType.Equals(GraphQLMediaTypes.Html, StringComparison.OrdinalIgnoreCase)
        || (range.MatchesAllSubTypes && (range.Type.Equals("application", StringComparison.OrdinalIgnoreCase)
            || range.Type.Equals("text", StringComparison.OrdinalIgnoreCase)));
}
