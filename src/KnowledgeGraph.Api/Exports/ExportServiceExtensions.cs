using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Exports;

public static class ExportServiceExtensions
{
    /// <summary>Registers the export settings (<see cref="ExportOptions"/>) and the heavy exports' concurrency slots.</summary>
    public static IServiceCollection AddKnowledgeGraphExports(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.SectionName);
        services.TryAddSingleton<ExportConcurrency>();
        return services;
    }
}
