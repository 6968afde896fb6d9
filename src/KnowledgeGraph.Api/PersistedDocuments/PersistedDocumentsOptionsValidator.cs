using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.PersistedDocuments;

/// <summary>Refuses, at start-up, a manifest that cannot be read or holds a wrong hash, and trusted-only without a manifest.</summary>
public sealed class PersistedDocumentsOptionsValidator(IHostEnvironment environment) : IValidateOptions<PersistedDocumentsOptions>
{
    public ValidateOptionsResult Validate(string? name, PersistedDocumentsOptions options)
    {
        var (_, problems) = TrustedDocumentManifest.Load(options.ManifestFile, environment.ContentRootPath);
        if (options.TrustedOnly && string.IsNullOrWhiteSpace(options.ManifestFile))
            problems.Add($"{PersistedDocumentsOptions.SectionName}:TrustedOnly needs a ManifestFile: without one every request would be refused.");
        if (options.MaxMemoryBytes < 0)
            problems.Add($"{PersistedDocumentsOptions.SectionName}:MaxMemoryBytes must be 0 (nothing kept) or more.");
        if (options.SharedTtl <= TimeSpan.Zero)
            problems.Add($"{PersistedDocumentsOptions.SectionName}:SharedTtl must be positive.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
