namespace KnowledgeGraph.Api.Imports;

/// <summary>The <c>extensions.code</c> values of <c>POST /import</c>'s refusals (besides the write codes, e.g. <c>DUPLICATE_ID</c>).</summary>
public static class ImportErrorCodes
{
    /// <summary>413: the upload is over <see cref="ImportOptions.MaxBytes"/>.</summary>
    public const string TooLarge = "IMPORT_TOO_LARGE";

    /// <summary>400: nothing was sent, or the archive holds no CSV file.</summary>
    public const string Empty = "IMPORT_EMPTY";

    /// <summary>400: the body is not a readable .zip archive.</summary>
    public const string NotZip = "IMPORT_NOT_ZIP";

    /// <summary>415: the Content-Type is not application/zip (or application/octet-stream).</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>400: an entry's path leaves the archive's folder (<c>..</c>, absolute, drive, backslash) or is a link.</summary>
    public const string UnsafePath = "IMPORT_UNSAFE_PATH";

    /// <summary>400: an entry is not a <c>.csv</c> file.</summary>
    public const string NotCsv = "IMPORT_NOT_CSV";

    /// <summary>400: a CSV file is not <c>nodes/&lt;Label&gt;.csv</c> or <c>relationships/&lt;TYPE&gt;.csv</c> (or is there twice).</summary>
    public const string UnknownFile = "IMPORT_UNKNOWN_FILE";

    /// <summary>400: the archive unpacks to too much (ratio or total): a decompression bomb.</summary>
    public const string Bomb = "IMPORT_BOMB";

    /// <summary>400: the files break the seed format (the problem names <c>file:line</c>).</summary>
    public const string InvalidSeed = Core.Writes.WriteErrorCodes.InvalidSeed;

    /// <summary>Last of a list cut at its cap: <c>extensions.omitted</c> counts the problems not listed (absent: there may be more).</summary>
    public const string ErrorsTruncated = "ERRORS_TRUNCATED";

    /// <summary>429: another import is running on this instance.</summary>
    public const string Busy = "IMPORT_BUSY";

    /// <summary>409: the store accepts no writes.</summary>
    public const string ReadOnly = "READ_ONLY_STORE";
}
