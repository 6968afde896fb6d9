using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using KnowledgeGraph.Api.Limits.Budget;
using KnowledgeGraph.Api.Limits.Errors;
using KnowledgeGraph.Api.Limits.Rules;
using KnowledgeGraph.Core.Plan;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Limits.Execution;

/// <summary>
/// Applies the limits to every execution: adds the limit validation rules to the ones the caller chose, and runs the
/// operation under a token that is cancelled when the client goes away or when <see cref="LimitsOptions.QueryTimeout"/>
/// passes; the store read gets that token, so a timed-out query stops its store work and answers <c>QUERY_TIMEOUT</c>.
/// The work before execution is bounded and timed too: the text's tokens are counted before it is parsed, the parsed
/// document's selection sets and directives are counted before it is validated (<see cref="DocumentBudget"/>), and
/// the clock runs from the start of parsing. A result keeps at most <see cref="LimitsOptions.MaxErrors"/> errors.
/// </summary>
public sealed partial class RequestLimitsExecution(IOptions<LimitsOptions> options, ILogger<RequestLimitsExecution> logger)
    : IConfigureExecution
{
    private readonly LimitsOptions _limits = options.Value;
    private readonly IValidationRule[] _rules = RulesFor(options.Value);
    private readonly DocumentBudget _budget = new(options.Value);

    /// <summary>Before the other execution hooks: the timeout covers everything they start.</summary>
    public float SortOrder => 10;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var callerToken = options.CancellationToken;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
        timeout.CancelAfter(_limits.QueryTimeout);
        if (Refusal(options) is { } refused)
            return refused;
        options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Concat(_rules);
        options.CancellationToken = timeout.Token;
        try
        {
            timeout.Token.ThrowIfCancellationRequested();
            return ErrorCap.Apply(await next(options), _limits.MaxErrors);
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

    /// <summary>The text over the token budget, a document that does not parse for depth, or one over the selection and directive budgets.</summary>
    private ExecutionResult? Refusal(ExecutionOptions options)
    {
        if (options.Document is not null || options.Query is not { } query)
            return null;
        if (_budget.CheckText(query) is { } tooLarge)
            return new ExecutionResult { Errors = [tooLarge] };
        if (DocumentParsing.ParseInto(options) is { } refused)
            return refused;
        return options.Document is { } document && _budget.CheckDocument(document) is { } overBudget
            ? new ExecutionResult { Errors = [overBudget] }
            : null;
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
