using System.Diagnostics;
using KnowledgeGraph.Api.Tests.Mutations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>The real app on a real Kestrel socket, in Production, with the per-client rate and concurrency limits off (its clients share one address; every request reaches the pipeline).</summary>
public sealed class KestrelHostileApp : WriteAppFactory
{
    public KestrelHostileApp()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        Settings["KnowledgeGraph:Limits:RateLimitPermits"] = "0";
        Settings["KnowledgeGraph:Limits:MaxConcurrentRequestsPerClient"] = "0";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }

    public Uri Start()
    {
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }
}

/// <summary>
/// The hostile-traffic suite: requests generated from the live schema (see <see cref="HostileTraffic"/>) with a fixed
/// seed against the real app on Kestrel. Zero 5xx, every error coded, no stack trace or .NET type name in any body, no
/// connection reset, and the app still answers. KG_HOSTILE_URL points it at a server already running (the long run of
/// <c>benchmarks/hostile/run.sh</c>), KG_HOSTILE_REQUESTS, KG_HOSTILE_SEED, KG_HOSTILE_QUIET_SECONDS and KG_HOSTILE_KINDS (request kinds, comma-separated) change the run; the bystander's latencies
/// are printed, not asserted.
/// </summary>
public sealed class HostileTrafficTests(ITestOutputHelper output) : IAsyncLifetime
{
    private KestrelHostileApp? app;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (app is not null)
            await app.DisposeAsync();
    }

    [Fact]
    public async Task Hostile_traffic_from_the_live_schema_gets_only_coded_answers_and_the_server_lives()
    {
        var external = Environment.GetEnvironmentVariable("KG_HOSTILE_URL");
        var requests = int.TryParse(Environment.GetEnvironmentVariable("KG_HOSTILE_REQUESTS"), out var n) ? n : 1200;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("KG_HOSTILE_SEED"), out var s) ? s : 20_261_204;
        var adminKey = Environment.GetEnvironmentVariable("KG_HOSTILE_ADMIN_KEY") ?? WriteAppFactory.AdminKey;
        Uri server;
        if (string.IsNullOrEmpty(external))
        {
            app = new KestrelHostileApp();
            server = app.Start();
        }
        else
        {
            server = new Uri(external);
        }

        var quiet = TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("KG_HOSTILE_QUIET_SECONDS"), out var q) ? q : 3);
        var phases = Environment.GetEnvironmentVariable("KG_HOSTILE_PHASES") is { Length: > 0 } path ? path : null;
        var kinds = Environment.GetEnvironmentVariable("KG_HOSTILE_KINDS") is { Length: > 0 } names
            ? names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)
            : null;
        var report = await HostileRun.RunAsync(server, requests, seed, clients: 4, adminKey, quiet, phases, output.WriteLine, kinds);
        output.WriteLine(report.ToString());
        output.WriteLine(report.KindSummary());
        foreach (var line in report.Samples.Concat(report.Slowest()))
            output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("KG_HOSTILE_ANSWERS") is { Length: > 0 } answers)
            await File.WriteAllLinesAsync(answers, report.Answers.Select(answer => $"{answer.Status}\t{answer.Call.ToString().ReplaceLineEndings("\\n")}"));
        if (Environment.GetEnvironmentVariable("KG_HOSTILE_REPORT") is { Length: > 0 } file)
            await File.WriteAllLinesAsync(file, [report.ToString(), report.KindSummary(), .. report.Samples, .. report.Slowest()]);

        Assert.True(report.ServerErrors == 0, report.ToString());
        Assert.True(report.MissingCodes == 0, report.ToString());
        Assert.True(report.Leaks == 0, report.ToString());
        Assert.True(report.Resets == 0, report.ToString());
        using var client = HostileRun.Client(server);
        await HostileExchange.AssertAliveAsync(client);
    }
}
