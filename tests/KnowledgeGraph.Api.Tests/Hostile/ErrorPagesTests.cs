using System.Net;
using System.Text;
using KnowledgeGraph.Api.Tests.Mutations;
using static KnowledgeGraph.Api.Tests.Hostile.HostileExchange;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>
/// Every door, in Development and in Production (issue 13, item 7): a fault, a malformed parameter of a minimal API, an
/// unknown route, a refused identity all answer a coded error, never a stack trace, an exception's text or a .NET type.
/// </summary>
public abstract class ErrorPagesTests<TApp>(TApp app) where TApp : EnvironmentApp
{
    public static TheoryData<string, string, string?, int, string> Requests() => new()
    {
        { "GET", "/admin/audit?first=x", WriteAppFactory.AdminKey, 400, "BAD_REQUEST" },
        { "GET", "/admin/audit?after=%ED%A0%80", WriteAppFactory.AdminKey, 400, "BAD_REQUEST" },
        { "GET", "/admin/audit?first=99999999999999999999", WriteAppFactory.AdminKey, 400, "BAD_REQUEST" },
        { "GET", "/admin/audit?first=0", WriteAppFactory.AdminKey, 400, "BAD_REQUEST" },
        { "GET", "/admin/audit", null, 401, "UNAUTHENTICATED" },
        { "GET", "/admin/audit", WriteAppFactory.NoRoleKey, 403, "FORBIDDEN" },
        { "GET", "/admin/audit", "not-a-key", 401, "UNAUTHENTICATED" },
        { "GET", "/no/such/route", null, 404, "NOT_FOUND" },
        { "GET", "/ide/../../../etc/passwd", null, 404, "NOT_FOUND" },
        { "POST", "/no/such/route", null, 404, "NOT_FOUND" },
        { "GET", EnvironmentApp.ThrowingPath, null, 500, "INTERNAL_SERVER_ERROR" },
        { "POST", EnvironmentApp.ThrowingPath, WriteAppFactory.AdminKey, 500, "INTERNAL_SERVER_ERROR" },
        { "DELETE", "/graphql", null, 405, "METHOD_NOT_ALLOWED" },
        { "GET", "/graphql?query=%7B__typename%7D&variables=%7Bx", null, 400, "INVALID_JSON" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Every_failure_is_a_coded_error_without_a_trace(string method, string path, string? apiKey, int status, string code)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        if (!path.StartsWith("/graphql", StringComparison.Ordinal))
            request.Headers.Accept.ParseAdd("text/html"); // what a browser sends: the developer page's favourite
        request.Headers.Accept.ParseAdd("application/json");
        if (method == "POST")
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode == status, $"{method} {path}: expected {status}, got {(int)response.StatusCode}: {Head(text)}");
        Assert.DoesNotContain(EnvironmentApp.Secret, text);
        Assert.Contains(code, AssertCodedErrors(text));
    }

    [Fact]
    public async Task Health_and_metrics_answer_without_a_trace()
    {
        var client = app.CreateClient();
        foreach (var path in new[] { "/health/live", "/health/ready", "/metrics" })
        {
            using var response = await client.GetAsync(path);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {Head(text)}");
            Assert.DoesNotContain("   at ", text);
        }
    }
}

public sealed class DevelopmentErrorPagesTests(DevelopmentApp app) : ErrorPagesTests<DevelopmentApp>(app), IClassFixture<DevelopmentApp>;

public sealed class ProductionErrorPagesTests(ProductionApp app) : ErrorPagesTests<ProductionApp>(app), IClassFixture<ProductionApp>;
