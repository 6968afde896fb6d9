using System.Runtime.InteropServices;

namespace KnowledgeGraph.Api.Limits.Fairness;

/// <summary>
/// Lowers the scheduling priority of the calling thread only. On Linux the nice value is per thread (setpriority on the
/// thread's id); raising it needs no privilege, lowering it back does, so a thread given a higher nice value keeps it
/// for its life, and so does every thread it starts. On Windows the thread's priority is lowered instead.
/// </summary>
internal static class ThreadNiceness
{
    private const int PriorityOfProcess = 0; // PRIO_PROCESS: with a thread id, that thread alone

    /// <summary>
    /// Gives the calling thread the nice value <paramref name="nice"/> (1–19; a higher value yields the core sooner).
    /// Returns null when done, or why not.
    /// </summary>
    public static string? TryLowerCurrentThread(int nice)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                return SetPriority(PriorityOfProcess, GetThreadId(), nice) == 0
                    ? null
                    : $"setpriority failed with errno {Marshal.GetLastPInvokeError()}";
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return $"the C library does not offer setpriority/gettid ({e.GetType().Name})";
            }
        }

        if (OperatingSystem.IsWindows())
        {
            Thread.CurrentThread.Priority = nice >= 10 ? ThreadPriority.Lowest : ThreadPriority.BelowNormal;
            return null;
        }

        return "this operating system has no per-thread nice value";
    }

    // DllImport rather than LibraryImport: two blittable signatures do not justify unsafe code in the project.
    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
}
