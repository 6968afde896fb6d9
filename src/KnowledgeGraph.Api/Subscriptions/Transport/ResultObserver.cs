using GraphQL;

namespace KnowledgeGraph.Api.Subscriptions.Transport;

/// <summary>Hands the results of a subscription's response stream to a transport (which queues them; never blocks).</summary>
internal sealed class ResultObserver(Action<ExecutionResult> next, Action complete) : IObserver<ExecutionResult>
{
    private int _done;

    public void OnNext(ExecutionResult value)
    {
        if (Volatile.Read(ref _done) == 0)
            next(value);
    }

    // GraphQL.NET turns source-stream errors into results with errors (OnNext); an OnError here ends the stream.
    public void OnError(Exception error)
    {
        if (Interlocked.Exchange(ref _done, 1) == 0)
        {
            next(new ExecutionResult { Errors = [new ExecutionError("The event stream failed.") { Code = SubscriptionErrorCodes.StreamFailed }] });
            complete();
        }
    }

    public void OnCompleted()
    {
        if (Interlocked.Exchange(ref _done, 1) == 0)
            complete();
    }
}
