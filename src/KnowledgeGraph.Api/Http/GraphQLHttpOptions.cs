namespace KnowledgeGraph.Api.Http;

/// <summary>Settings of the GraphQL endpoint; every default is the specification's recommended behaviour.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Accept queries over GET (never mutations).</summary>
    public bool AllowGet { get; set; } = true;

    /// <summary>Serve the GraphiQL page to a GET whose Accept prefers text/html.</summary>
    public bool ServeIdeToBrowsers { get; set; } = true;

    /// <summary>The IDE page, relative to the web root.</summary>
    public string IdeIndexFile { get; set; } = "ide/index.html";

    /// <summary>A request body larger than this is refused with 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Run on a POST's document when it is over <see cref="GraphQLRequestReader.LargeDocumentBytes"/>, before it is made a
    /// string (a large one lands on the large-object heap): an error refuses the request as execution would have, with
    /// that error as the result. Null checks nothing early.
    /// </summary>
    public Func<ReadOnlyMemory<char>, global::GraphQL.ExecutionError?>? LargeDocumentCheck { get; set; }

    /// <summary>Bytes of POST bodies whose parsed form is kept for when the same body comes again; 0 keeps none.</summary>
    public long ParsedRequestCacheBytes { get; set; } = 4 * 1024 * 1024;
}
