using KnowledgeGraph.Api.Tests.Mutations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>
/// The real app in a given environment (Development puts ASP.NET's developer exception page in front), with the
/// write factory's keys, and one extra route at the end of the pipeline that throws an exception whose text and type
/// must never reach the client (as any unforeseen fault would).
/// </summary>
public abstract class EnvironmentApp(string environment) : WriteAppFactory
{
    public const string ThrowingPath = "/hostile-test/throws";
    public const string Secret = "secret-detail-0xDEADBEEF";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingRoute>());
    }

    private sealed class ThrowingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            // Reached only by requests no endpoint took, inside the app's own error handling.
            app.Use((HttpContext context, RequestDelegate following) => context.Request.Path == ThrowingPath
                ? throw new InvalidOperationException(Secret)
                : following(context));
        };
    }
}

public sealed class DevelopmentApp() : EnvironmentApp("Development");

public sealed class ProductionApp() : EnvironmentApp("Production");
