using KnowledgeGraph.Core.Embedded.Query;

namespace KnowledgeGraph.Core.Tests.Embedded;

/// <summary>The small read-only map of projected properties behaves as a dictionary holding only the present keys.</summary>
public sealed class ProjectedMapTests
{
    private static readonly string[] Keys = ["id", "name", "size"];

    [Fact]
    public void Only_present_keys_are_in_the_map_in_key_order()
    {
        var map = new ProjectedMap<object?>(Keys, ["ACT-1", "x", "LARGE"], 0b101);

        Assert.Equal(2, map.Count);
        Assert.True(map.ContainsKey("size"));
        Assert.False(map.ContainsKey("name"));
        Assert.False(map.TryGetValue("name", out _));
        Assert.Null(map.GetValueOrDefault("nope"));
        Assert.Equal("LARGE", map["size"]);
        Assert.Throws<KeyNotFoundException>(() => map["name"]);
        Assert.Equal(["id", "size"], map.Keys);
        Assert.Equal(["ACT-1", "LARGE"], map.Values);
        Assert.Equal(new Dictionary<string, object?> { ["id"] = "ACT-1", ["size"] = "LARGE" }, map.ToDictionary());
    }

    [Fact]
    public void A_present_null_value_is_a_key_with_null()
    {
        var map = new ProjectedMap<object?>(Keys, [null, null, null], ProjectedMap<object?>.AllPresent(3));

        Assert.Equal(3, map.Count);
        Assert.True(map.TryGetValue("name", out var value));
        Assert.Null(value);
    }

    [Fact]
    public void Keys_compare_ordinally()
    {
        var map = new ProjectedMap<int>(Keys, [1, 2, 3], ProjectedMap<int>.AllPresent(3));

        Assert.False(map.ContainsKey("Name"));
        Assert.Equal(2, map[new string("name".ToCharArray())]);
        Assert.Equal(ulong.MaxValue, ProjectedMap<int>.AllPresent(ProjectedMap<int>.MaxKeys));
    }
}
