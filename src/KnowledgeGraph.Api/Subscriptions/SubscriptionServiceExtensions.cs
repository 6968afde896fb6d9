using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Subscriptions.Changes;
using KnowledgeGraph.Api.Subscriptions.Schema;
using KnowledgeGraph.Api.Subscriptions.Sse;
using KnowledgeGraph.Api.Subscriptions.Transport;
using KnowledgeGraph.Api.Subscriptions.WebSockets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Subscriptions;

public static class SubscriptionServiceExtensions
{
    /// <summary>
    /// Registers live updates: the Subscription root (<c>graphChanged</c>), the change hub fed by every committed
    /// write, the Redis relay between instances (cache mode Redis), and the SSE and WebSocket transports.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphSubscriptions(this IServiceCollection services)
    {
        services.AddOptions<SubscriptionOptions>().BindConfiguration(SubscriptionOptions.SectionName)
            .Validate(o => o.MaxSubscriptionsPerConnection > 0 && o.SendQueueLimit > 0 && o.MaxMessageBytes > 0
                           && o.KeepAliveInterval > TimeSpan.Zero && o.ConnectionInitTimeout > TimeSpan.Zero,
                $"{SubscriptionOptions.SectionName}: the limits must be positive.");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GraphChangeHub>();
        services.TryAddSingleton<RedisGraphChangeRelay>();
        services.TryAddSingleton<IGraphChangeRelay>(provider => provider.GetRequiredService<RedisGraphChangeRelay>());
        services.AddHostedService(provider => provider.GetRequiredService<RedisGraphChangeRelay>());
        services.AddHostedService<SubscriptionShutdown>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGraphWriterDecorator, ChangePublishingDecorator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchemaContributor, SubscriptionSchemaContributor>());
        services.TryAddSingleton<OperationRunner>();
        services.TryAddSingleton<ConnectionLimiter>();
        services.TryAddSingleton<OperationRateLimiter>();
        services.TryAddSingleton<SseTransport>();
        services.TryAddSingleton<GraphQLWsTransport>();
        return services;
    }

    /// <summary>
    /// Serves SSE (<c>Accept: text/event-stream</c>) and WebSocket upgrades (<c>graphql-transport-ws</c>) at
    /// <paramref name="path"/> before the GraphQL-over-HTTP endpoint sees them; every other request goes on. Call it
    /// after authentication and rate limiting, so that both apply to opening a stream.
    /// </summary>
    public static IApplicationBuilder UseGraphQLSubscriptions(this IApplicationBuilder app, string path)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<SubscriptionOptions>>().Value;
        if (!options.Enabled)
            return app;
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = options.KeepAliveInterval });
        return app.Use(async (context, next) =>
        {
            if (!context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            if (context.WebSockets.IsWebSocketRequest)
                await context.RequestServices.GetRequiredService<GraphQLWsTransport>().HandleAsync(context);
            else if (SseTransport.Wants(context.Request))
                await context.RequestServices.GetRequiredService<SseTransport>().HandleAsync(context);
            else
                await next(context);
        });
    }
}
