using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Mutations.Execution;

/// <summary>A committed write's result and, for create and update, the node read back after it.</summary>
internal sealed record WritePayload(WriteResult Result, NodeResult? Node);
