using System.Runtime.CompilerServices;
using KnowledgeGraph.Bolt;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Execution;
using KnowledgeGraph.Neo4j.Mapping;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Neo4j;

/// <summary>The graph in Neo4j: each read plan is compiled to one parameterised statement and run in one Bolt RUN.</summary>
public sealed class Neo4jGraphStore : IGraphStore, IAsyncDisposable
{
    private readonly ICypherRunner _runner;
    private readonly GraphSchema _schema;
    private CypherCompiler? _compiler;
    private readonly ConditionalWeakTable<ReadPlan, CompiledRead> _compiled = new();
    private readonly ResultMapper _mapper;
    private readonly ILogger<Neo4jGraphStore> _logger;
    private readonly BoltDriver? _ownedDriver;

    public Neo4jGraphStore(GraphSchema schema, IOptions<Neo4jStoreOptions> options, ILogger<Neo4jGraphStore>? logger = null)
        : this(schema, CreateRunner(options.Value, out var driver), logger) => _ownedDriver = driver;

    public Neo4jGraphStore(GraphSchema schema, ICypherRunner runner, ILogger<Neo4jGraphStore>? logger = null)
    {
        _runner = runner;
        _schema = schema;
        _mapper = new ResultMapper(schema);
        _logger = logger ?? NullLogger<Neo4jGraphStore>.Instance;
    }

    public async Task<ReadResult> ReadAsync(ReadPlan plan, CancellationToken cancellationToken)
    {
        // A plan the API keeps (an operation without variables, see its plan cache) is compiled once.
        if (!_compiled.TryGetValue(plan, out var compiled))
        {
            compiled = (_compiler ?? await CompilerAsync(cancellationToken).ConfigureAwait(false)).Compile(plan);
            _compiled.AddOrUpdate(plan, compiled);
        }

        _logger.LogDebug("Running a read of {RootCount} roots as one statement of {Length} characters", plan.Roots.Count, compiled.Statement.Text.Length);
        var records = await _runner.RunAsync(compiled.Statement, cancellationToken).ConfigureAwait(false);
        if (records.Count != 1)
        {
            throw new StoreException("INTERNAL_SERVER_ERROR", $"A compiled read returned {records.Count} records instead of one.");
        }

        return _mapper.Map(compiled, records[0]);
    }

    /// <summary>The compiler for the server's version (search through the full-text index from 5.x), made on first use.</summary>
    private async Task<CypherCompiler> CompilerAsync(CancellationToken cancellationToken)
    {
        var server = await _runner.GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        return _compiler = CypherCompiler.ForServer(_schema, server.Version);
    }

    public ValueTask DisposeAsync() => _ownedDriver?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static BoltCypherRunner CreateRunner(Neo4jStoreOptions options, out BoltDriver driver)
    {
        driver = BoltDriver.Create(options.Uri, AuthToken.Basic(options.User, options.Password));
        return new BoltCypherRunner(driver, options.Database);
    }
}
