using System.Buffers;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL.Documents;
using KnowledgeGraph.Api.GraphQL.Resolvers;
using KnowledgeGraph.Core.Results;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>
/// Queries whose root fields all read the store: the operation's one store read, then the answer written straight to
/// JSON from the store's result (<see cref="ResultTreeWriter"/>), without GraphQL.NET's tree of execution nodes.
/// Anything the writer cannot answer exactly as the serial strategy would (introspection, a store or planning error,
/// a null where the schema says non-null) is executed by the serial strategy, on the same read: the store is never
/// asked twice.
/// </summary>
internal sealed class DirectQueryExecutionStrategy : SerialExecutionStrategy
{
    /// <summary>Most answers fit: the flagship's is ~5 KB.</summary>
    private const int InitialBufferBytes = 8 * 1024;

    /// <summary>The size of each kept operation's last answer, living as long as its (cached) document.</summary>
    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, StrongBox<int>> LastAnswerBytes = new();

    private static readonly ReadResult NoRead = new(new Dictionary<string, object?>());

    public static new DirectQueryExecutionStrategy Instance { get; } = new();

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        if (context.Errors.Count > 0 || !ResultTreeWriter.CanWrite(context, out var roots, out var readsStore))
            return await base.ExecuteAsync(context);

        ReadResult read;
        try
        {
            read = readsStore ? await OperationRead.ResultAsync(context) : NoRead;
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            // The root resolvers turn the failed read (kept in the user context) into the errors clients expect.
            return await base.ExecuteAsync(context);
        }

        // Sized from the operation's last answer, when its document is kept: a growing buffer copies itself at every doubling.
        var lastSize = KeptDocuments.IsKept(context.Document) ? LastAnswerBytes.GetOrCreateValue(context.Operation) : null;
        var buffer = new ArrayBufferWriter<byte>(Math.Max(InitialBufferBytes, (lastSize is null ? 0 : Volatile.Read(ref lastSize.Value)) + 1024));
        if (!ResultTreeWriter.TryWrite(context, roots, read, buffer))
            return await base.ExecuteAsync(context);
        if (lastSize is not null)
            Volatile.Write(ref lastSize.Value, buffer.WrittenCount);

        return new ExecutionResult
        {
            Executed = true,
            Data = new PrewrittenData(buffer.WrittenMemory),
            Query = context.Document.Source,
            Document = context.Document,
            Operation = context.Operation,
            Extensions = context.OutputExtensions,
        };
    }
}
