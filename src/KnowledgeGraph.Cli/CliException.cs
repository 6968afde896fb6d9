namespace KnowledgeGraph.Cli;

/// <summary>A problem to report to the user as one message, without a stack trace.</summary>
public sealed class CliException(string message) : Exception(message);
