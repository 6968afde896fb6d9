using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.PersistedDocuments;

/// <summary>
/// The trusted documents, read once from <see cref="PersistedDocumentsOptions.ManifestFile"/>: a JSON map of document
/// ids to documents (<c>{ "sha256:&lt;hex&gt;": "query …" }</c>; an id without a prefix is a custom id, taken as is), or
/// Apollo's persisted-query manifest (<c>{ "format": "apollo-persisted-query-manifest", "operations": [{ id, body }] }</c>).
/// Every <c>sha256:</c> id is checked against its document: a wrong one stops the start.
/// </summary>
public sealed class TrustedDocumentManifest
{
    private readonly FrozenDictionary<string, string> _byId;

    public TrustedDocumentManifest(IOptions<PersistedDocumentsOptions> options, IHostEnvironment environment)
    {
        var (documents, problems) = Load(options.Value.ManifestFile, environment.ContentRootPath);
        if (problems.Count > 0)
            throw new InvalidOperationException(string.Join(" ", problems));
        _byId = documents.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public int Count => _byId.Count;

    /// <summary>The trusted document of this id (<c>sha256:&lt;lowercase hex&gt;</c> or a custom id).</summary>
    public string? Find(string documentId) => _byId.GetValueOrDefault(documentId);

    public string? FindBySha256(string hash) => _byId.GetValueOrDefault(DocumentHash.Prefix + hash);

    /// <summary>Reads a manifest; the problems say what is wrong with it (none when there is no manifest).</summary>
    public static (Dictionary<string, string> Documents, List<string> Problems) Load(string? file, string contentRoot)
    {
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(file))
            return (documents, problems);
        var path = Path.GetFullPath(file, contentRoot);
        var where = $"{PersistedDocumentsOptions.SectionName}:ManifestFile '{path}'";
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("operations", out var operations)
                && root.TryGetProperty("format", out _) && operations.ValueKind == JsonValueKind.Array)
            {
                foreach (var operation in operations.EnumerateArray())
                    Add(documents, problems, where, DocumentHash.Prefix + Text(operation, "id"), Text(operation, "body"));
            }
            else if (root.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in root.EnumerateObject())
                    Add(documents, problems, where, entry.Name, entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString() : null);
            }
            else
            {
                problems.Add($"{where} must hold a JSON object mapping document ids to documents.");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            problems.Add($"{where} cannot be read: {e.Message}");
        }
        return (documents, problems);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static void Add(Dictionary<string, string> documents, List<string> problems, string where, string id, string? document)
    {
        if (document is null || id.Length == 0)
        {
            problems.Add($"{where}: the entry '{id}' has no document text.");
            return;
        }
        if (id.StartsWith(DocumentHash.Prefix, StringComparison.Ordinal))
        {
            if (!DocumentHash.TryNormalize(id[DocumentHash.Prefix.Length..], out var hash) || !DocumentHash.Matches(document, hash))
            {
                problems.Add($"{where}: '{id}' is not the SHA-256 of its document.");
                return;
            }
            id = DocumentHash.Prefix + hash;
        }
        documents[id] = document;
    }
}
