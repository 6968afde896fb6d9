using System.Text.Json;
using KnowledgeGraph.Bolt.Internal.Connector;
using KnowledgeGraph.Bolt.Internal.IO;
using KnowledgeGraph.Bolt.Internal.Messaging;

namespace KnowledgeGraph.Bolt.Tests.Routing;

/// <summary>
/// ROUTE as this client builds it (routing context from the URI, bookmarks, db and imp_user) must be byte for byte the
/// message the official JavaScript driver 6.3 builds (js/make-message-vectors.js, committed as js/message-vectors.json).
/// </summary>
public class RouteMessageVectorTests
{
    private static string Vector(string name)
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "js", "message-vectors.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray()
            .Single(v => v.GetProperty("name").GetString() == name).GetProperty("hex").GetString()!;
    }

    private static string Pack(string uri, string[] bookmarks, string? db, string? impersonatedUser)
    {
        var extra = new Dictionary<string, object?>();
        if (db is not null) extra["db"] = db;
        if (impersonatedUser is not null) extra["imp_user"] = impersonatedUser;
        var writer = new PackStreamWriter(PackStreamFormat.V5);
        new RouteMessage(BoltUri.Parse(uri).RoutingMap(), bookmarks, extra).WriteTo(writer);
        return Convert.ToHexString(writer.WrittenSpan);
    }

    [Fact]
    public void HomeDatabaseRoute() => Assert.Equal(Vector("route home"), Pack("neo4j://core1.example.com", [], null, null));

    [Fact]
    public void RouteWithContextBookmarksAndDatabase() =>
        Assert.Equal(Vector("route db"), Pack("neo4j+s://core1.example.com:7687?region=eu", ["bm:1", "bm:2"], "movies", null));

    [Fact]
    public void RouteForAnImpersonatedUser() =>
        Assert.Equal(Vector("route impersonated"), Pack("neo4j://127.0.0.1:7687", [], "neo4j", "bob"));

    [Theory]
    [InlineData("neo4j://[::1]:7688", "::1", 7688)]
    [InlineData("neo4j+ssc://db.example.com", "db.example.com", 7687)]
    public void UriAddressesParse(string uri, string host, int port)
    {
        var parsed = BoltUri.Parse(uri);
        Assert.Equal((host, port, true), (parsed.Host, parsed.Port, parsed.Routing));
        Assert.Equal((host, port), BoltUri.SplitAddress(parsed.ToString()));
    }
}
