#!/usr/bin/env python3
"""Changes the scheduling of a running service's threads from outside, every 200 ms (new threads included), until the
process ends or this is stopped: an experiment for the hostile run (run.sh starts it with KG_HOSTILE_THREAD_SLICE_NS or
KG_HOSTILE_COMPILER_NICE), not something the service does.

  --slice-ns N      every thread asks the kernel for a time slice of N ns (sched_setattr's sched_runtime for
                    SCHED_OTHER; honoured by the EEVDF scheduler of Linux 6.12 and later, ignored before)
  --compiler-nice N the runtime's tiering compiler thread (".NET Tiered Com…") gets nice N
  --idle-threads P  threads whose name starts with P (e.g. "Heavy work", the analytics' lane) get the SCHED_IDLE policy:
                    they run only on cores no other thread wants, and a waking thread of the normal policy takes the
                    core from them at once

Usage: retune-threads.py PID [--slice-ns N] [--compiler-nice N] [--idle-threads PREFIX]
"""
import argparse
import ctypes
import os
import platform
import struct
import time

SCHED_SETATTR = {"x86_64": 314, "aarch64": 274}
libc = ctypes.CDLL(None, use_errno=True)


def set_slice(tid, slice_ns):
    # struct sched_attr: size, policy, flags, nice, priority, runtime, deadline, period, util_min, util_max
    nice = os.getpriority(os.PRIO_PROCESS, tid)  # kept: sched_setattr sets it too
    attr = struct.pack("=IIQiIQQQII", 56, 0, 0, nice, 0, slice_ns, 0, 0, 0, 0)
    libc.syscall(SCHED_SETATTR[platform.machine()], tid, ctypes.c_char_p(attr), 0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pid", type=int)
    parser.add_argument("--slice-ns", type=int)
    parser.add_argument("--compiler-nice", type=int)
    parser.add_argument("--idle-threads")
    args = parser.parse_args()
    while os.path.exists(f"/proc/{args.pid}"):
        for tid in os.listdir(f"/proc/{args.pid}/task"):
            try:
                if args.slice_ns:
                    set_slice(int(tid), args.slice_ns)
                with open(f"/proc/{args.pid}/task/{tid}/comm") as comm:
                    name = comm.read()
                if args.compiler_nice is not None and name.startswith(".NET Tiered Com"):
                    os.setpriority(os.PRIO_PROCESS, int(tid), args.compiler_nice)
                if args.idle_threads and name.startswith(args.idle_threads) and os.sched_getscheduler(int(tid)) != os.SCHED_IDLE:
                    os.sched_setscheduler(int(tid), os.SCHED_IDLE, os.sched_param(0))
            except (FileNotFoundError, ProcessLookupError, PermissionError):
                pass  # the thread ended meanwhile, or may not be changed
        time.sleep(0.2)


if __name__ == "__main__":
    main()
