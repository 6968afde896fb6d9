namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>Collects the problems of one load, up to a cap so that a badly broken file does not flood the report.</summary>
internal sealed class SeedErrorList
{
    public const int MaxErrors = 100;

    private readonly List<SeedError> _errors = [];

    public IReadOnlyList<SeedError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public bool IsFull => _errors.Count >= MaxErrors;

    public void Add(string file, int line, string message)
    {
        if (!IsFull)
        {
            _errors.Add(new SeedError(file, line, message));
        }
    }
}
