using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>The state of one compilation: parameters, fresh variable names and the territory ids <c>within</c> must find.</summary>
internal sealed class CompileContext(GraphSchema schema)
{
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private readonly List<string> _withinChecks = [];
    private readonly List<LabelDef> _withinLabels = [];
    private int _nextVariable;

    public GraphSchema Schema { get; } = schema;

    /// <summary>How many pattern comprehensions enclose the expression being compiled (0 at a root's WHERE).</summary>
    public int PatternDepth { get; private set; }

    /// <summary>Compiles <paramref name="compile"/> as an expression inside a pattern comprehension.</summary>
    public string InsidePattern(Func<string> compile)
    {
        PatternDepth++;
        try
        {
            return compile();
        }
        finally
        {
            PatternDepth--;
        }
    }

    public IReadOnlyDictionary<string, object?> Parameters => _parameters;

    /// <summary>Parameter names (without <c>$</c>) holding id lists that must all name existing territories.</summary>
    public IReadOnlyList<string> WithinChecks => _withinChecks;

    /// <summary>The label each <see cref="WithinChecks"/> list names nodes of.</summary>
    public IReadOnlyList<LabelDef> WithinLabels => _withinLabels;

    /// <summary>Adds a value as a new parameter and returns its reference (<c>$pN</c>).</summary>
    public string Parameter(object? value)
    {
        var name = "p" + _parameters.Count;
        _parameters[name] = value;
        return "$" + name;
    }

    public string Variable(string prefix) => prefix + _nextVariable++;

    public string WithinIds(LabelDef label, IReadOnlyList<string> ids)
    {
        var reference = Parameter(ids.Distinct(StringComparer.Ordinal).ToList());
        _withinChecks.Add(reference[1..]);
        _withinLabels.Add(label);
        return reference;
    }
}
