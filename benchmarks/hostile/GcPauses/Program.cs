// The hostile run's GC-pause log: attaches to a running .NET process over EventPipe (the runtime's GC events, no
// restart, no profiler) and writes one line per pause, "start (unix ms) duration (ms) generation pause suspension (ms)
// promoted (bytes) handles", from the runtime suspending the threads to restarting them (suspension: until every
// thread has stopped at a safe point; promoted: what the collection kept of the generations it collected; handles: the
// GC handles alive), and one per background collection, "… 2 background", from its start to its end (the threads run
// meanwhile, beside the collector's own). It stops when the process ends or on SIGINT/SIGTERM.
// Usage: dotnet KnowledgeGraph.Benchmarks.GcPauses.dll PID OUTPUT_FILE
using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

if (args.Length != 2 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var pid))
{
    Console.Error.WriteLine("usage: KnowledgeGraph.Benchmarks.GcPauses PID OUTPUT_FILE");
    return 2;
}

await using var output = new StreamWriter(args[1]) { AutoFlush = true };
var client = new DiagnosticsClient(pid);
var gc = new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, (long)ClrTraceEventParser.Keywords.GC);
using var session = client.StartEventPipeSession([gc], requestRundown: false);
void Stop()
{
    try
    {
        session.Stop();
    }
    catch (Exception e) when (e is ServerNotAvailableException or EndOfStreamException or IOException)
    {
        // the process has gone: its stream ends by itself
    }
}

Console.CancelKeyPress += (_, e) => { e.Cancel = true; Stop(); };
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM, context => { context.Cancel = true; Stop(); });

using var source = new EventPipeEventSource(session.EventStream);
DateTime? suspended = null;
var suspension = TimeSpan.Zero;
var generation = -1;
long promoted = 0;
var handles = 0;
var background = new Dictionary<int, DateTime>(); // collection number → start
void Write(DateTime start, DateTime end, int gen, string kind, string more = "")
{
    var unixMs = (start.ToUniversalTime() - DateTime.UnixEpoch).TotalMilliseconds;
    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{unixMs:F3} {(end - start).TotalMilliseconds:F3} {gen} {kind}{more}"));
}

source.Clr.GCSuspendEEStart += e =>
{
    suspended = e.TimeStamp;
    promoted = 0;
};
source.Clr.GCSuspendEEStop += e =>
{
    if (suspended is { } start)
        suspension = e.TimeStamp - start;
};
source.Clr.GCHeapStats += e =>
{
    promoted = e.TotalPromotedSize0 + e.TotalPromotedSize1 + (generation == 2 ? e.TotalPromotedSize2 : 0);
    handles = e.GCHandleCount;
};
source.Clr.GCStart += e =>
{
    generation = e.Depth;
    if (e.Type == GCType.BackgroundGC)
        background[e.Count] = e.TimeStamp;
};
source.Clr.GCStop += e =>
{
    if (background.Remove(e.Count, out var start))
        Write(start, e.TimeStamp, 2, "background");
};
source.Clr.GCRestartEEStop += e =>
{
    if (suspended is { } start)
        Write(start, e.TimeStamp, generation, "pause", string.Create(CultureInfo.InvariantCulture, $" {suspension.TotalMilliseconds:F3} {promoted} {handles}"));
    suspended = null;
};
source.Process();
return 0;
