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

    public void Add(string field, string code, string message)
    {
        if (!IsFull)
        {
            _errors.Add(new WriteError(OperationIndex, FieldPrefix + field, code, message));
        }
    }
}
