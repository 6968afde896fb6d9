using System.IO.Pipelines;
using System.Net.Http.Headers;
using System.Text;
using static KnowledgeGraph.Api.Http.GraphQLMediaTypes;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>Requests that are not well-formed GraphQL-over-HTTP requests: 4xx whatever the response media type.</summary>
public sealed class MalformedRequestTests(ProtocolServer server) : IClassFixture<ProtocolServer>
{
    [Theory]
    [InlineData("NONSENSE", GraphQLResponse)]
    [InlineData("""{"query":""", GraphQLResponse)]
    [InlineData("", Json)]
    [InlineData("NONSENSE", Json)]
    public async Task Refuses_a_body_that_is_not_json(string body, string accept)
    {
        var json = await ResponseAssert.RequestErrorAsync(await server.PostAsync(body, accept), 400, accept, "INVALID_JSON");
        Assert.StartsWith("The request body is not valid JSON", (string?)json["errors"]![0]!["message"]);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"{ hello }\"")]
    [InlineData("null")]
    public async Task Refuses_a_body_that_is_not_an_object(string body) =>
        await ResponseAssert.JsonAsync(await server.PostAsync(body), 400, GraphQLResponse,
            ResponseAssert.Error("The request body must be a JSON object with a 'query' string.", "INVALID_REQUEST"));

    [Theory]
    [InlineData("""{"qeury":"{ hello }"}""", GraphQLResponse)]
    [InlineData("""{"query":null}""", GraphQLResponse)]
    [InlineData("""{"query":7}""", Json)]
    [InlineData("""{"query":{"text":"{ hello }"}}""", GraphQLResponse)]
    [InlineData("""{"query":["{ hello }"]}""", Json)]
    public async Task Refuses_a_missing_or_non_string_query(string body, string accept) =>
        await ResponseAssert.JsonAsync(await server.PostAsync(body, accept), 400, accept,
            ResponseAssert.Error("The 'query' parameter is required and must be a string.", "INVALID_REQUEST"));

    [Theory]
    [InlineData("""{"query":"{ hello }","variables":[7]}""", "The 'variables' parameter must be a JSON object.")]
    [InlineData("""{"query":"{ hello }","variables":"{}"}""", "The 'variables' parameter must be a JSON object.")]
    [InlineData("""{"query":"{ hello }","extensions":true}""", "The 'extensions' parameter must be a JSON object.")]
    [InlineData("""{"query":"{ hello }","operationName":1}""", "The 'operationName' parameter must be a string.")]
    [InlineData("""{"query":"{ hello }","operationName":{}}""", "The 'operationName' parameter must be a string.")]
    public async Task Refuses_parameters_of_the_wrong_type(string body, string message) =>
        await ResponseAssert.JsonAsync(await server.PostAsync(body), 400, GraphQLResponse, ResponseAssert.Error(message, "INVALID_REQUEST"));

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Refuses_an_unsupported_content_type_with_415(string contentType) =>
        await ResponseAssert.JsonAsync(await server.PostAsync("""{"query":"{ hello }"}""", contentType: contentType), 415, GraphQLResponse,
            ResponseAssert.Error($"Content-Type '{contentType}' is not supported; use 'application/json' (UTF-8).", "UNSUPPORTED_MEDIA_TYPE"));

    [Fact]
    public async Task Refuses_a_post_without_content_type_with_415() =>
        await ResponseAssert.JsonAsync(await server.PostAsync("""{"query":"{ hello }"}""", contentType: null), 415, GraphQLResponse,
            ResponseAssert.Error("A POST request needs the header 'Content-Type: application/json'.", "UNSUPPORTED_MEDIA_TYPE"));

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Refuses_other_methods_with_405_and_allow(string method)
    {
        var response = await server.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"), accept: null);

        await ResponseAssert.JsonAsync(response, 405, GraphQLResponse,
            ResponseAssert.Error($"Method {method} is not allowed; use GET, POST.", "METHOD_NOT_ALLOWED"));
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Refuses_a_streamed_body_over_the_size_limit_with_413()
    {
        // No Content-Length: the limit is found while reading.
        var request = new HttpRequestMessage(HttpMethod.Post, "/small")
        {
            Content = new StreamContent(await UnknownLengthAsync($$"""{"query":"{ hello {{new string(' ', 100)}} }"}""")),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(Json);
        Assert.Null(request.Content.Headers.ContentLength);

        await ResponseAssert.JsonAsync(await server.SendAsync(request, GraphQLResponse), 413, GraphQLResponse,
            ResponseAssert.Error("The request body is larger than 64 bytes.", "PAYLOAD_TOO_LARGE"));
    }

    [Fact]
    public async Task Reads_a_streamed_body_larger_than_the_first_buffer()
    {
        var padding = new string(' ', 40_000);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StreamContent(await UnknownLengthAsync($$"""{"query":"{ hello {{padding}} }"}""")),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(Json);

        var response = await server.SendAsync(request, GraphQLResponse);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("\"hello\"", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A body stream that does not know its length: the request goes without Content-Length.</summary>
    private static async Task<Stream> UnknownLengthAsync(string body)
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(body));
        await pipe.Writer.CompleteAsync();
        return pipe.Reader.AsStream();
    }

    [Fact]
    public async Task Refuses_a_body_over_the_size_limit_with_413() =>
        await ResponseAssert.JsonAsync(
            await server.PostAsync($$"""{"query":"{ hello {{new string(' ', 100)}} }"}""", path: "/small"), 413, GraphQLResponse,
            ResponseAssert.Error("The request body is larger than 64 bytes.", "PAYLOAD_TOO_LARGE"));
}
