using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace KnowledgeGraph.Api.Http.Failures;

/// <summary>
/// Lets Kestrel read every request header value as opaque bytes (Latin-1: one byte, one character) instead of refusing
/// a value that is not ASCII. Kestrel's refusal is an empty 400 sent before any of the app runs, and it then closes
/// the connection without reading the rest of the body: a client still uploading (a large POST with a key pasted with
/// a stray <c>é</c>) reads a connection reset instead of an answer. Read as bytes, such a value reaches the app, which
/// refuses it like any other wrong value, with a coded answer (a key or token that is not ASCII matches nothing: 401
/// <c>UNAUTHENTICATED</c>; a media type: 415), and drains the body (<see cref="CodedErrorPages"/>). No request header
/// the service reads needs more than ASCII, and none is copied into a response header (an <c>Origin</c> is echoed only
/// when it is a configured ASCII origin). Control characters are still refused by Kestrel.
/// </summary>
public static class OpaqueRequestHeaders
{
    public static IServiceCollection AddOpaqueRequestHeaders(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(options => options.RequestHeaderEncodingSelector = _ => Encoding.Latin1);
}
