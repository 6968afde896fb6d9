using System.Runtime.InteropServices;

namespace KnowledgeGraph.Api.Tests.Faults;

/// <summary>
/// SIGSTOP and SIGCONT for a process the test started: a stopped server keeps its sockets open and answers nothing,
/// which is what a network black hole looks like to its clients.
/// </summary>
public static class ProcessSignals
{
    private const int SigCont = 18;
    private const int SigStop = 19;

    public static void Stop(int pid) => Send(pid, SigStop);

    /// <summary>Harmless on a running process or one that has gone.</summary>
    public static void Continue(int pid) => Send(pid, SigCont, ignoreMissing: true);

    private static void Send(int pid, int signal, bool ignoreMissing = false)
    {
        if (Kill(pid, signal) != 0 && !ignoreMissing)
            throw new InvalidOperationException($"kill({pid}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
