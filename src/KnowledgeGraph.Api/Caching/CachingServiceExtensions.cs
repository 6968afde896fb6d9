using KnowledgeGraph.Api.Caching.Redis;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Observability;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Caching;

public static class CachingServiceExtensions
{
    public const string RedisHealthCheckName = "redis";

    /// <summary>
    /// Registers the response cache: HybridCache (L1) over Redis (L2) per <see cref="CacheOptions.Mode"/>, the data
    /// version, and the endpoint hook. The mode is read when services are resolved, so test hosts may set it late.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphCaching(this IServiceCollection services, IConfiguration configuration, string readyTag)
    {
        services.AddOptions<CacheOptions>()
            .BindConfiguration(CacheOptions.SectionName)
            .PostConfigure<IConfiguration>((options, config) =>
            {
                if (string.IsNullOrWhiteSpace(options.Redis))
                    options.Redis = config[CacheOptions.RedisEnvironmentVariable];
            })
            .Validate(options => options.Mode != CacheMode.Redis || !string.IsNullOrWhiteSpace(options.Redis),
                $"Cache mode Redis needs {CacheOptions.SectionName}:Redis or the {CacheOptions.RedisEnvironmentVariable} environment variable.")
            .ValidateOnStart();
        services.AddSingleton<RedisConnection>();
        services.AddHostedService<RedisConnectionService>();
        services.AddHostedService<DataVersionSync>();
        services.AddSingleton<IDataVersion>(provider => IsRedis(provider)
            ? ActivatorUtilities.CreateInstance<RedisDataVersion>(provider)
            : new LocalDataVersion());
        services.AddSingleton<IMemoryCache>(provider => new CountingMemoryCache(
            new MemoryCache(Options.Create(new MemoryCacheOptions
            {
                SizeLimit = provider.GetRequiredService<IOptions<CacheOptions>>().Value.L1SizeLimitBytes,
            })),
            provider.GetRequiredService<IOptions<CacheOptions>>().Value.KeyPrefix,
            provider.GetRequiredService<KnowledgeGraphMetrics>()));
        services.AddSingleton<IDistributedCache>(provider => IsRedis(provider)
            ? new ResilientDistributedCache(RedisL2(provider), provider.GetRequiredService<RedisConnection>(),
                provider.GetRequiredService<KnowledgeGraphMetrics>())
            // Ignored by HybridCache as an L2: Memory mode keeps answers in L1 only.
            : new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())));
        services.AddHybridCache(options =>
        {
            var cacheOptions = configuration.GetSection(CacheOptions.SectionName).Get<CacheOptions>() ?? new CacheOptions();
            options.MaximumPayloadBytes = cacheOptions.MaximumPayloadBytes;
        }).AddSerializer<CachedAnswer, CachedAnswerSerializer>();
        services.AddSingleton<NormalizedOperationCache>();
        services.AddSingleton<IGraphQLResponseHook, CachedGraphQLResponder>();
        if (configuration.GetSection(CacheOptions.SectionName).Get<CacheOptions>()?.Mode == CacheMode.Redis)
            services.AddHealthChecks().AddCheck<RedisHealthCheck>(RedisHealthCheckName, tags: [readyTag]);
        return services;
    }

    private static bool IsRedis(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<CacheOptions>>().Value.Mode == CacheMode.Redis;

    private static RedisCache RedisL2(IServiceProvider provider)
    {
        var connection = provider.GetRequiredService<RedisConnection>();
        return new RedisCache(Options.Create(new RedisCacheOptions
        {
            // The answer keys already start with CacheOptions.KeyPrefix.
            InstanceName = null,
            ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer
                ?? throw new InvalidOperationException("Redis is used before the connection was opened.")),
        }));
    }
}
