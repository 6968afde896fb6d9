using KnowledgeGraph.Core.Plan;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Limits;

/// <summary>Refuses, at start-up, limits that make no sense or that the stores cannot honour.</summary>
public sealed class LimitsOptionsValidator : IValidateOptions<LimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, LimitsOptions options)
    {
        var problems = new List<string>();
        void Positive(string key, double value)
        {
            if (value <= 0) problems.Add($"{LimitsOptions.SectionName}:{key} must be positive; it is {value}.");
        }

        Positive(nameof(options.MaxDepth), options.MaxDepth);
        Positive(nameof(options.MaxCost), options.MaxCost);
        Positive(nameof(options.MaxOperations), options.MaxOperations);
        Positive(nameof(options.MaxTokens), options.MaxTokens);
        Positive(nameof(options.MaxSelectionsPerSet), options.MaxSelectionsPerSet);
        Positive(nameof(options.MaxSelections), options.MaxSelections);
        Positive(nameof(options.MaxFragments), options.MaxFragments);
        Positive(nameof(options.MaxDirectivesPerLocation), options.MaxDirectivesPerLocation);
        Positive(nameof(options.MaxDirectives), options.MaxDirectives);
        Positive(nameof(options.MaxErrors), options.MaxErrors);
        Positive(nameof(options.MaxRequestBodyBytes), options.MaxRequestBodyBytes);
        Positive(nameof(options.QueryTimeout), options.QueryTimeout.TotalMilliseconds);
        Positive(nameof(options.RateLimitWindow), options.RateLimitWindow.TotalMilliseconds);
        if (options.MaxAliases < 0)
            problems.Add($"{LimitsOptions.SectionName}:MaxAliases must be 0 or more; it is {options.MaxAliases}.");
        if (options.RateLimitPermits < 0)
            problems.Add($"{LimitsOptions.SectionName}:RateLimitPermits must be 0 (off) or more; it is {options.RateLimitPermits}.");
        if (options.MaxConcurrentRequestsPerClient < 0)
            problems.Add($"{LimitsOptions.SectionName}:MaxConcurrentRequestsPerClient must be 0 (off) or more; it is {options.MaxConcurrentRequestsPerClient}.");
        if (options.MaxQueuedRequestsPerClient < 0)
            problems.Add($"{LimitsOptions.SectionName}:MaxQueuedRequestsPerClient must be 0 or more; it is {options.MaxQueuedRequestsPerClient}.");
        if (options.MinWorkerThreadsPerCore is < 0 or > 256)
            problems.Add($"{LimitsOptions.SectionName}:MinWorkerThreadsPerCore must be between 0 (the runtime's default) and 256; it is {options.MinWorkerThreadsPerCore}.");
        if (options.HeavyWorkThreads is < 1 or > 1024)
            problems.Add($"{LimitsOptions.SectionName}:HeavyWorkThreads must be between 1 and 1024; it is {options.HeavyWorkThreads}.");
        if (options.HeavyWorkNice is < 0 or > 19)
            problems.Add($"{LimitsOptions.SectionName}:HeavyWorkNice must be between 0 (the priority of ordinary requests) and 19; it is {options.HeavyWorkNice}.");
        if (options.MaxPageSize is < 1 or > PageRequest.MaxPageSize)
            problems.Add($"{LimitsOptions.SectionName}:MaxPageSize must be between 1 and {PageRequest.MaxPageSize} (what the stores serve); it is {options.MaxPageSize}.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
