namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>
/// Collects the problems of one load, up to a cap so that a badly broken file does not flood the report. By default
/// the load stops at the cap (<see cref="IsFull"/>); with <paramref name="countAll"/> it goes on to the end, keeping
/// the first <see cref="MaxErrors"/> problems and counting all of them (<see cref="Total"/>).
/// </summary>
internal sealed class SeedErrorList(bool countAll = false)
{
    public const int MaxErrors = 100;

    private readonly List<SeedError> _errors = [];

    public IReadOnlyList<SeedError> Errors => _errors;

    /// <summary>Every problem found, kept or not.</summary>
    public int Total { get; private set; }

    public bool HasErrors => _errors.Count > 0;

    public bool IsFull => !countAll && _errors.Count >= MaxErrors;

    public void Add(string file, int line, string message)
    {
        Total++;
        if (_errors.Count < MaxErrors)
        {
            _errors.Add(new SeedError(file, line, message));
        }
    }
}
