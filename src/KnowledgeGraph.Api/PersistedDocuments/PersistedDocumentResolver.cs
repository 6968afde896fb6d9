using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.PersistedDocuments.Errors;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.PersistedDocuments;

/// <summary>
/// Before execution: gives a request that names a persisted document its query, registers automatic persisted
/// queries, and in trusted-only mode refuses any document that is not in the manifest.
/// <list type="bullet">
/// <item><c>documentId</c> (POST body or GET parameter): a trusted document, or else a registered one (unless trusted-only).</item>
/// <item><c>extensions.persistedQuery</c> with no query: the trusted or registered document of that hash, or
/// <c>PersistedQueryNotFound</c>; with the query: the hash is checked, then the document is registered and run.</item>
/// <item>A plain query: run as it is, unless trusted-only (then only if it is a trusted document).</item>
/// </list>
/// Refusals are never cached (<c>Cache-Control: no-store</c>): a client that registers a document next must not get the miss again.
/// </summary>
public sealed class PersistedDocumentResolver(
    IOptions<PersistedDocumentsOptions> options, TrustedDocumentManifest manifest, AutomaticPersistedQueryStore registered)
    : IPersistedDocumentResolver
{
    private readonly PersistedDocumentsOptions _settings = options.Value;

    public async ValueTask<GraphQLHttpRequest> ResolveAsync(HttpContext context, GraphQLHttpRequest request)
    {
        try
        {
            var persistedQuery = PersistedQueryExtension.Read(request.Extensions);
            if (request.DocumentId is { } documentId)
                return await ByDocumentIdAsync(context, request, documentId, persistedQuery is not null);
            if (persistedQuery is { } hash)
                return await ByHashAsync(context, request, hash);
            if (_settings.TrustedOnly && manifest.FindBySha256(DocumentHash.Of(request.Query)) is null)
                throw new PersistedDocumentRequiredError();
            return request;
        }
        catch (Http.Errors.GraphQLHttpError)
        {
            context.Response.Headers.CacheControl = "no-store";
            throw;
        }
    }

    private async ValueTask<GraphQLHttpRequest> ByDocumentIdAsync(HttpContext context, GraphQLHttpRequest request, string documentId, bool alsoHash)
    {
        if (!request.QueryOmitted || alsoHash)
            throw new InvalidDocumentIdError("Send either a 'documentId', or a 'query' (with or without extensions.persistedQuery), not both.");
        string? document;
        if (documentId.StartsWith(DocumentHash.Prefix, StringComparison.Ordinal))
        {
            if (!DocumentHash.TryNormalize(documentId[DocumentHash.Prefix.Length..], out var hash))
                throw new InvalidDocumentIdError("A 'sha256:' document id is followed by the 64 hex digits of the document's SHA-256.");
            document = manifest.FindBySha256(hash)
                ?? (_settings.TrustedOnly || !_settings.AutomaticPersistedQueries ? null : await registered.FindAsync(hash, context.RequestAborted));
        }
        else
        {
            document = manifest.Find(documentId);
        }
        return document is null
            ? throw new PersistedDocumentNotFoundError(documentId)
            : request with { Query = document, QueryOmitted = false };
    }

    private async ValueTask<GraphQLHttpRequest> ByHashAsync(HttpContext context, GraphQLHttpRequest request, string hash)
    {
        if (request.QueryOmitted)
        {
            var document = manifest.FindBySha256(hash);
            if (document is null && !_settings.TrustedOnly)
            {
                if (!_settings.AutomaticPersistedQueries)
                    throw new PersistedQueryNotSupportedError();
                document = await registered.FindAsync(hash, context.RequestAborted);
            }
            return document is null
                ? throw new PersistedQueryNotFoundError()
                : request with { Query = document, QueryOmitted = false };
        }
        if (!DocumentHash.Matches(request.Query, hash))
            throw InvalidPersistedQueryError.HashMismatch();
        if (manifest.FindBySha256(hash) is null)
        {
            if (_settings.TrustedOnly)
                throw new PersistedDocumentRequiredError();
            if (!_settings.AutomaticPersistedQueries)
                throw new PersistedQueryNotSupportedError();
            await registered.RegisterAsync(hash, request.Query, context.RequestAborted);
        }
        return request;
    }
}
