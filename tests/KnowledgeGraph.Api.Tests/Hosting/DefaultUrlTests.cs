using KnowledgeGraph.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace KnowledgeGraph.Api.Tests.Hosting;

public sealed class DefaultUrlTests
{
    [Fact]
    public void Listens_on_localhost_5080_when_no_url_is_configured()
    {
        var builder = WebApplication.CreateBuilder([]);
        builder.Configuration["urls"] = null;

        builder.AddKnowledgeGraph();

        Assert.Equal("http://localhost:5080", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Fact]
    public void Keeps_urls_given_on_the_command_line()
    {
        var builder = WebApplication.CreateBuilder(["--urls", "http://127.0.0.1:6123"]);

        builder.AddKnowledgeGraph();

        Assert.Equal("http://127.0.0.1:6123", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }
}
