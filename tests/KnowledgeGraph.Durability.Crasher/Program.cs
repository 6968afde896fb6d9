// Opens the durable store at args[0] (seeding from the seed sets in args[1..] on first start), then applies change
// sets forever, each creating an actor and an alliance and linking them, and prints "ACK <actor id>" once a write
// is acknowledged. The crash test kills it with SIGKILL at some moment and checks the file.
using KnowledgeGraph.Core.Durability;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Writes;
using Microsoft.Extensions.Logging.Abstractions;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: KnowledgeGraph.Durability.Crasher <graph file> [seed set ...]");
    return 2;
}

await using var store = await DurableGraphStore.OpenAsync(args[0], args[1..], KnowledgeGraphSchema.Instance, NullLogger.Instance, CancellationToken.None);
Console.Out.WriteLine($"OPEN {store.DataVersion}");
Console.Out.Flush();
var padding = new string('x', 4000); // bigger rows: more pages per commit, more moments for the kill to land mid-write
for (var n = store.DataVersion + 1; ; n++)
{
    var actor = $"ACT-CRASH-{n}";
    var alliance = $"ALL-CRASH-{n}";
    var changeSet = ChangeSet.Of(
        new CreateNode("Actor", actor, new Dictionary<string, object?>
        {
            ["name"] = actor, ["kind"] = "COMPANY", ["source"] = "CRASH-TEST", ["description"] = padding,
        }),
        new CreateNode("Alliance", alliance, new Dictionary<string, object?>
        {
            ["name"] = alliance, ["category"] = "PATRONAGE", ["source"] = "CRASH-TEST", ["description"] = padding,
        }),
        new Link("PARTICIPATES_IN", actor, alliance, new Dictionary<string, object?> { ["role"] = "INITIATOR" }));
    await store.ApplyAsync(changeSet, new WriteContext("crasher", DateTimeOffset.UtcNow), CancellationToken.None);
    Console.Out.WriteLine($"ACK {actor}");
    Console.Out.Flush();
}
