using System.Text.Json;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Hosting;

namespace KnowledgeGraph.Api.Audit;

public static class AuditEndpoints
{
    public const string Path = "/admin/audit";
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    /// <summary>
    /// <c>GET /admin/audit?after=&lt;sequence&gt;&amp;first=&lt;n&gt;</c> (admin role): audit entries after a sequence number,
    /// oldest first, with <c>nextAfter</c> to page on. 404 when the store keeps no audit trail.
    /// </summary>
    public static IEndpointRouteBuilder MapKnowledgeGraphAudit(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (long? after, int? first, GraphStoreHolder holder, CancellationToken cancellationToken) =>
        {
            if (holder.AuditTrail is not { } trail)
            {
                return CodedError(StatusCodes.Status404NotFound, "NOT_FOUND", "This store keeps no audit trail.");
            }

            var size = first ?? DefaultPageSize;
            if (size is < 1 or > MaxPageSize || after is < 0)
            {
                return CodedError(StatusCodes.Status400BadRequest, "BAD_REQUEST", $"first must be 1..{MaxPageSize} and after at least 0.");
            }

            var entries = await trail.ReadAsync(after ?? 0, size, cancellationToken);
            return Results.Json(new
            {
                entries = entries.Select(e => new
                {
                    e.Sequence,
                    e.At,
                    e.Who,
                    e.DataVersion,
                    Summary = JsonDocument.Parse(e.Summary).RootElement,
                }),
                nextAfter = entries.Count > 0 ? entries[^1].Sequence : after ?? 0,
            });
        }).RequireAuthorization(KnowledgeGraphRoles.Admin).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>The service's one error shape (see <c>Http/Failures/CodedErrorBody</c>).</summary>
    private static IResult CodedError(int status, string code, string message) =>
        Results.Json(new { errors = new[] { new { message, extensions = new { code } } } }, statusCode: status);
}
