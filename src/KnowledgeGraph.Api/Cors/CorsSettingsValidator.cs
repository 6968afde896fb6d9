using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Cors;

/// <summary>Refuses, at start-up, allowed origins that are not origins (a path, a typo, another scheme).</summary>
public sealed class CorsSettingsValidator : IValidateOptions<CorsSettings>
{
    public ValidateOptionsResult Validate(string? name, CorsSettings options)
    {
        var problems = new List<string>();
        foreach (var entry in options.AllowedOrigins)
        {
            if (entry.Trim() != "*" && OriginPattern.TryParse(entry, out var problem) is null)
                problems.Add($"{CorsSettings.SectionName}:AllowedOrigins: {problem}");
        }
        if (options.PreflightMaxAge < TimeSpan.Zero)
            problems.Add($"{CorsSettings.SectionName}:PreflightMaxAge must not be negative.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
