"""Hottest managed frames of a dotnet-trace speedscope file (profile dotnet-sampled-thread-time): only the time
a thread was running managed code (leaf CPU_TIME) counts. Exclusive: the method on top of the stack; inclusive:
anywhere on it. Usage: hot_frames.py trace.speedscope.json [top]"""
import json
import sys
from collections import Counter

path, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 30
data = json.load(open(path))
frames = [f["name"] for f in data["shared"]["frames"]]
cpu = frames.index("CPU_TIME") if "CPU_TIME" in frames else -1
exclusive, inclusive, total = Counter(), Counter(), 0.0

# Where a request's CPU goes, by component: a sample counts for a component when one of its frames matches.
COMPONENTS = {
    "GraphQL parse": ["GraphQLParser.Parser", "GraphQLDocumentBuilder.Build"],
    "GraphQL validation": ["DocumentValidator.ValidateAsync", "DocumentValidator+<ValidateAsync"],
    "planning (OperationPlanner)": ["OperationPlanner.Plan"],
    "embedded store (PlanExecutor)": ["PlanExecutor.Execute"],
    "  of which cursors": ["CursorCodec.Encode"],
    "GraphQL execution strategy": ["ExecutionStrategy+<ExecuteNodeTreeAsync", "ExecutionStrategy.ExecuteAsync",
                                   "ParallelExecutionStrategy+<ExecuteNodeTreeAsync"],
    "response JSON (GraphQL serializer)": ["GraphQLSerializer", "ExecutionResultJsonConverter"],
    "request JSON (JsonBodyReader)": ["JsonBodyReader"],
    "GraphQL middleware (all of the above)": ["GraphQLHttpMiddleware+<InvokeAsync"],
    "HTTP stack outside the GraphQL middleware": ["Kestrel", "System.Net.Sockets"],
    "held for a GC (PollGC)": ["PollGC"],
    "thread pool idle spin/wait": ["LowLevelSpinWaiter", "LowLevelLifoSemaphore"],
    "lock contention (Monitor slow path)": ["Monitor.Enter_Slowpath"],
}
component_time = Counter()


def count(stack, weight):
    global total
    total += weight
    if stack:
        exclusive[stack[-1]] += weight
    for frame in set(stack):
        inclusive[frame] += weight
    names = [frames[f] for f in stack]
    in_middleware = any("GraphQLHttpMiddleware" in name for name in names)
    for component, needles in COMPONENTS.items():
        if component.startswith("HTTP stack") and in_middleware:
            continue
        if any(needle in name for name in names for needle in needles):
            component_time[component] += weight


for profile in data["profiles"]:
    if profile["type"] == "evented":
        stack, opened = [], []
        for event in profile["events"]:
            if event["type"] == "O":
                stack.append(event["frame"])
                opened.append(event["at"])
            else:
                frame, start = stack.pop(), opened.pop()
                if frame == cpu:
                    count(stack, event["at"] - start)
    else:
        for sample, weight in zip(profile["samples"], profile["weights"]):
            if sample and sample[-1] == cpu:
                count(sample[:-1], weight)


def show(title, counter):
    print(f"\n{title}: share of {total:.0f} ms of managed CPU samples")
    for frame, value in counter.most_common(top):
        print(f"{100 * value / total:6.1f}%  {frames[frame][:160]}")


print(f"By component: share of {total:.0f} ms of managed CPU samples (a sample may count in several)")
for component in COMPONENTS:
    print(f"{100 * component_time[component] / max(total, 1):6.1f}%  {component}")
sys.stdout.flush()
show("Exclusive", exclusive)
show("Inclusive", inclusive)
