using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace KnowledgeGraph.Api.Imports;

/// <summary>
/// Copies the request body to a file as it arrives (a buffer at a time, never the whole body in memory), counting it
/// against <see cref="ImportOptions.MaxBytes"/>: a <c>Content-Length</c> over it is refused before reading, and a body
/// without one is refused as soon as it passes it.
/// </summary>
internal static class ImportUpload
{
    public static readonly string[] MediaTypes = ["application/zip", "application/x-zip-compressed", "application/octet-stream"];

    public static void CheckHeaders(HttpRequest request, long maxBytes)
    {
        var type = request.ContentType?.Split(';')[0].Trim() ?? string.Empty;
        if (!MediaTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            throw new ImportRefusedException(StatusCodes.Status415UnsupportedMediaType, ImportErrorCodes.UnsupportedMediaType,
                $"Send the seed folder as a .zip archive with Content-Type: application/zip (got '{type}').");
        }

        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }
    }

    public static async Task<long> SpoolAsync(HttpRequest request, string path, long maxBytes, CancellationToken cancellationToken)
    {
        // This door has its own limit, above the server-wide one (Kestrel's 30 MB default): it counts for itself.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            long total = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ImportRefusedException TooLarge(long maxBytes) => new(StatusCodes.Status413PayloadTooLarge, ImportErrorCodes.TooLarge,
        $"The upload is over {maxBytes} bytes (KnowledgeGraph:Imports:MaxBytes): split the seed set, or raise the limit.");
}
