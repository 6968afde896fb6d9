using System.Globalization;
using System.Text.Json;
using GraphQL;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.Http;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Tables;

/// <summary>
/// Answers a CSV request: the endpoint runs it as a request for <c>application/graphql-response+json</c> (same cache,
/// same status codes), into a buffer; a 200 answer with <c>data</c> becomes CSV, anything else (a refused request, an
/// answer without data) goes out as the JSON it is. The response cache only ever holds JSON; the CSV gets its own
/// <c>ETag</c> (a hash of the CSV bytes), so that the tag of one never revalidates the other.
/// </summary>
public static class CsvResponder
{
    /// <summary>The number of errors of an answer that had data and errors (the CSV holds what the data holds).</summary>
    public const string ErrorsHeader = "KG-Errors";

    public const string FileName = "answer.csv";

    private const string ContentType = CsvRequest.MediaType + "; charset=utf-8";

    public static async Task RespondAsync(HttpContext context, RequestDelegate next, MediaTypeHeaderValue csvRange)
    {
        CsvSeparator separator;
        try
        {
            separator = CsvRequest.Separator(context.Request, csvRange);
        }
        catch (InvalidSeparatorError error)
        {
            await GraphQLResponseWriter.WriteAsync(context, new ExecutionResult { Errors = [error] }, GraphQLMediaTypes.GraphQLResponse);
            return;
        }

        var request = context.Request;
        var ifNoneMatch = request.Headers.IfNoneMatch;
        request.Headers.Accept = GraphQLMediaTypes.GraphQLResponse;
        request.Headers.Remove(HeaderNames.IfNoneMatch);
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        var errors = 0;
        var csv = response.StatusCode == StatusCodes.Status200OK && IsJson(response.ContentType) ? ToCsv(buffer, separator, out errors) : null;
        if (csv is null)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return;
        }

        response.ContentType = ContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"\"{FileName}\"" }.ToString();
        if (errors > 0)
            response.Headers[ErrorsHeader] = errors.ToString(CultureInfo.InvariantCulture);
        if (response.Headers.ContainsKey(HeaderNames.ETag))
        {
            var etag = HttpCaching.ETagOf(csv);
            response.Headers.ETag = etag.ToString();
            if (Matches(ifNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.Remove(HeaderNames.ContentType);
                return;
            }
        }
        response.ContentLength = csv.Length;
        await original.WriteAsync(csv, context.RequestAborted);
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith(GraphQLMediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase));

    /// <summary>The CSV of the answer's data, or null when it has none.</summary>
    private static byte[]? ToCsv(MemoryStream buffer, CsvSeparator separator, out int errors)
    {
        errors = 0;
        using var answer = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        var root = answer.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            return null;
        if (root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array)
            errors = list.GetArrayLength();
        return CsvAnswerWriter.Write(AnswerTable.From(data, separator == CsvSeparator.Semicolon), separator);
    }

    private static bool Matches(IList<string>? ifNoneMatch, EntityTagHeaderValue etag) =>
        ifNoneMatch is { Count: > 0 }
        && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
}
