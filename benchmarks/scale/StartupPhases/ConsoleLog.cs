using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Benchmarks.Scale;

/// <summary>Writes log lines to stdout with the elapsed time since start: the durable store logs its own phases.</summary>
internal sealed class ConsoleLog(System.Diagnostics.Stopwatch clock) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Console.WriteLine($"  [{clock.ElapsedMilliseconds,7} ms] {logLevel}: {formatter(state, exception)}");
}
