using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Api.Imports;

/// <summary>How the import door writes JSON: camelCase, and French text as it is (é, ', not \u00E9), as /graphql does.</summary>
internal static class ImportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
