namespace KnowledgeGraph.Core.Writes.Internal;

/// <summary>Collects the errors of one change set; the current operation and field prefix are set by the validator.</summary>
internal sealed class ErrorSink
{
    public const int MaxErrors = 200;

    private readonly List<WriteError> _errors = [];

    public int OperationIndex { get; set; }

    /// <summary>Prepended to every field, e.g. <c>nodes[3].</c> inside an import.</summary>
    public string FieldPrefix { get; set; } = string.Empty;

    public IReadOnlyList<WriteError> Errors => _errors;

    public int Count => _errors.Count;

    public bool IsFull => _errors.Count >= MaxErrors;

    public void Add(string field, string code, string message, IReadOnlyList<IReadOnlyDictionary<string, object?>>? candidates = null)
    {
        if (!IsFull)
        {
            _errors.Add(new WriteError(OperationIndex, FieldPrefix + field, code, message) { Candidates = candidates });
        }
    }

    /// <summary>Whether an error added after the first <paramref name="count"/> is about a field (prefix left out) that <paramref name="field"/> accepts.</summary>
    public bool HasErrorsSince(int count, Func<string, bool> field) =>
        _errors.Skip(count).Any(e => field(e.Field[Math.Min(FieldPrefix.Length, e.Field.Length)..]));

    /// <summary>Forgets the errors added after the first <paramref name="count"/>.</summary>
    public void TruncateTo(int count) => _errors.RemoveRange(count, _errors.Count - count);
}
