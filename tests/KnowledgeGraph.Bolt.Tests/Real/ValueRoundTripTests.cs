namespace KnowledgeGraph.Bolt.Tests.Real;

[Collection(Neo4jCollection.Name)]
public class ValueRoundTripTests(Neo4jFixture fixture)
{
    public static TheoryData<object?> Values => new()
    {
        null, true, false, 0L, -16L, 127L, -128L, 32767L, 2147483648L, long.MinValue, long.MaxValue,
        3.25, -0.0, double.MaxValue, "", "é漢字🚀", new string('x', 70_000),
        new object?[] { 1L, "two", null, new object?[] { 3.5 } },
        new Dictionary<string, object?> { ["a"] = 1L, ["nested"] = new Dictionary<string, object?> { ["b"] = "c" } },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public async Task ParameterComesBackUnchanged(object? value)
    {
        await using var session = fixture.Driver.Session();
        var record = await (await session.RunAsync("RETURN $v AS v", new Dictionary<string, object?> { ["v"] = value })).SingleAsync();
        Assert.Equal(Normalize(value), Normalize(record["v"]));
    }

    [Fact]
    public async Task LiteralsOfEveryTypeDecode()
    {
        await using var session = fixture.Driver.Session();
        var record = await (await session.RunAsync(
            "RETURN null AS n, true AS b, 1 AS i, -200 AS i16, 100000 AS i32, 10000000000 AS i64, 1.5 AS f, 'x' AS s, [1, 'a'] AS l, {k: 2} AS m")).SingleAsync();
        Assert.Equal([null, true, 1L, -200L, 100000L, 10000000000L, 1.5, "x"], record.Values.Take(8));
        Assert.Equal(new object?[] { 1L, "a" }, record["l"]);
        Assert.Equal(2L, ((IReadOnlyDictionary<string, object?>)record["m"]!)["k"]);
    }

    [Fact]
    public async Task NodesRelationshipsAndPathsDecode()
    {
        var label = Neo4jFixture.UniqueLabel();
        await using var session = fixture.Driver.Session();
        try
        {
            var record = await (await session.RunAsync(
                $"CREATE p = (a:{label} {{name: 'a'}})-[r:LINKS {{w: 2}}]->(b:{label} {{name: 'b'}})<-[:LINKS]-(c:{label} {{name: 'c'}}) RETURN a, r, p")).SingleAsync();
            var a = record.Get<Node>("a");
            Assert.Equal((label, "a"), (a.Labels.Single(), a.Properties["name"]));
            var r = record.Get<Relationship>("r");
            Assert.Equal(("LINKS", 2L, a.Id), (r.Type, r.Properties["w"], r.StartNodeId));
            var path = record.Get<Path>("p");
            Assert.Equal(["a", "b", "c"], path.Nodes.Select(n => n.Properties["name"]));
            Assert.Equal(path.Nodes[2].Id, path.Relationships[1].StartNodeId);
            Assert.Equal(path.Nodes[1].Id, path.Relationships[1].EndNodeId);
        }
        finally
        {
            await fixture.DeleteLabelAsync(label);
        }
    }

    private static object? Normalize(object? value) => value switch
    {
        object?[] list => list.Select(Normalize).ToList(),
        IReadOnlyDictionary<string, object?> map => map.OrderBy(kv => kv.Key).Select(kv => (kv.Key, Normalize(kv.Value))).ToList(),
        _ => value,
    };
}
