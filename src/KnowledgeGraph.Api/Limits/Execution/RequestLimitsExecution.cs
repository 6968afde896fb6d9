using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using KnowledgeGraph.Api.Limits.Errors;
using KnowledgeGraph.Api.Limits.Rules;
using KnowledgeGraph.Core.Plan;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Limits.Execution;

/// <summary>
/// Applies the limits to every execution: adds the limit validation rules to the ones the caller chose, and runs the
/// operation under a token that is cancelled when the client goes away or when <see cref="LimitsOptions.QueryTimeout"/>
/// passes; the store read gets that token, so a timed-out query stops its store work and answers <c>QUERY_TIMEOUT</c>.
/// </summary>
public sealed partial class RequestLimitsExecution(IOptions<LimitsOptions> options, ILogger<RequestLimitsExecution> logger)
    : IConfigureExecution
{
    private readonly LimitsOptions _limits = options.Value;
    private readonly IValidationRule[] _rules = RulesFor(options.Value);

    /// <summary>Before the other execution hooks: the timeout covers everything they start.</summary>
    public float SortOrder => 10;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (DocumentParsing.ParseInto(options) is { } refused)
            return refused;
        options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Concat(_rules);
        var callerToken = options.CancellationToken;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
        timeout.CancelAfter(_limits.QueryTimeout);
        options.CancellationToken = timeout.Token;
        try
        {
            return await next(options);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !callerToken.IsCancellationRequested)
        {
            LogTimedOut(logger, _limits.QueryTimeout.TotalMilliseconds, options.OperationName);
            return QueryTimeoutError.Result(_limits.QueryTimeout);
        }
        finally
        {
            options.CancellationToken = callerToken;
        }
    }

    public static IValidationRule[] RulesFor(LimitsOptions limits)
    {
        var rules = new List<IValidationRule>
        {
            new MaxOperationsValidationRule(limits.MaxOperations),
            new MaxAliasesValidationRule(limits.MaxAliases),
            new DepthAndCostValidationRule(limits.MaxDepth, limits.MaxCost),
        };
        if (!limits.IntrospectionEnabled)
            rules.Add(IntrospectionDisabledValidationRule.Instance);
        if (limits.MaxPageSize < PageRequest.MaxPageSize)
            rules.Add(new MaxPageSizeValidationRule(limits.MaxPageSize));
        return [.. rules];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "GraphQL operation {OperationName} cancelled after the {TimeoutMs} ms query timeout.")]
    private static partial void LogTimedOut(ILogger logger, double timeoutMs, string? operationName);
}
