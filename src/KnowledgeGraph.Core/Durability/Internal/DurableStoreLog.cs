using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Core.Durability.Internal;

internal static partial class DurableStoreLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Graph file {Path} seeded: {Nodes} nodes, {Relationships} relationships in {Milliseconds} ms.")]
    public static partial void Seeded(ILogger logger, string path, int nodes, int relationships, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph file {Path} loaded: {Nodes} nodes, {Relationships} relationships, data version {DataVersion}, in {Milliseconds} ms.")]
    public static partial void Loaded(ILogger logger, string path, int nodes, int relationships, long dataVersion, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The graph file holds properties the schema no longer declares; they are left out: {Properties}.")]
    public static partial void DroppedProperties(ILogger logger, string properties);

    [LoggerMessage(Level = LogLevel.Information, Message = "Write by {Who} committed as data version {DataVersion} ({Operations} operation(s)) in {Milliseconds} ms.")]
    public static partial void Committed(ILogger logger, string who, long dataVersion, int operations, long milliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Seeding phases: seed sets read and validated in {LoadMs} ms; then, side by side, the file written in {WriteMs} ms and the in-memory store built in {IndexMs} ms.")]
    public static partial void SeedPhases(ILogger logger, long loadMs, long writeMs, long indexMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Loading phases: file read and decoded in {ReadMs} ms, in-memory store built in {IndexMs} ms.")]
    public static partial void LoadPhases(ILogger logger, long readMs, long indexMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph file {Path} rewritten to key relationships by type, ends and identifying properties (parallel relationships).")]
    public static partial void KeyedRelationships(ILogger logger, string path);
}
