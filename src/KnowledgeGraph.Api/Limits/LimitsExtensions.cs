using GraphQL.DI;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Limits.Budget;
using KnowledgeGraph.Api.Limits.Errors;
using KnowledgeGraph.Api.Limits.Execution;
using KnowledgeGraph.Api.Limits.Fairness;
using KnowledgeGraph.Api.Limits.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Limits;

public static class LimitsExtensions
{
    /// <summary>
    /// Registers <see cref="LimitsOptions"/> (validated at start-up), the limit rules, the timeout, the per-client rate and
    /// concurrency limits, the thread pool's floor and the lane of the heavy work.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphLimits(this IServiceCollection services)
    {
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LimitsOptions>, LimitsOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, RequestLimitsExecution>());
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, GraphQLClientRateLimitPolicy>(GraphQLClientRateLimitPolicy.Name));
        services.AddHostedService<ThreadPoolFloor>();
        services.TryAddSingleton<HeavyWorkLane>();
        return services;
    }

    /// <summary>The endpoint's settings that come from the limits (the body size, the early token count), for <c>MapGraphQLHttp</c>.</summary>
    public static Action<GraphQLHttpOptions> ConfigureGraphQLHttp(this IServiceProvider services)
    {
        var limits = services.GetRequiredService<IOptions<LimitsOptions>>().Value;
        return options =>
        {
            options.MaxRequestBodyBytes = limits.MaxRequestBodyBytes;
            // The token budget of a large document is counted before the document becomes a string (see Limits/README.md).
            options.LargeDocumentCheck = text =>
                TokenCount.IsWithin(text, limits.MaxTokens, out _, out _) ? null : new DocumentTooLargeError(limits.MaxTokens);
        };
    }

    /// <summary>
    /// Tells the lane of the heavy work whose request each piece serves, so that it serves the clients in turn
    /// (<see cref="HeavyWorkClient"/>); after authentication in the pipeline.
    /// </summary>
    public static IApplicationBuilder UseHeavyWorkTurns(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            HeavyWorkClient.Set(context); // in an async method: the value ends with the request
            await next(context);
        });

    /// <summary>Counts requests to the endpoint against the client's rate (needs <c>UseRateLimiter</c> in the pipeline).</summary>
    public static TBuilder RequireClientRateLimit<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireRateLimiting(GraphQLClientRateLimitPolicy.Name);
}
