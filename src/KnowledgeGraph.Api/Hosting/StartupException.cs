namespace KnowledgeGraph.Api.Hosting;

/// <summary>The service cannot start for a reason its operator can fix; the message is the one-line explanation.</summary>
public sealed class StartupException(string message) : Exception(message);
