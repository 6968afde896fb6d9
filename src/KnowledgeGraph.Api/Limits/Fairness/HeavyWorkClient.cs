using KnowledgeGraph.Api.Limits.RateLimiting;

namespace KnowledgeGraph.Api.Limits.Fairness;

/// <summary>
/// Whose request the running code serves, for the turns of the <see cref="HeavyWorkLane"/>: the client as the rate
/// limiter counts it (<see cref="ClientPartitionKey"/>). Set for every request once it is authenticated
/// (<see cref="LimitsExtensions.UseHeavyWorkTurns"/>), and again by code that runs a request's work outside the
/// request's own flow (the response cache computes an answer in a flow of its own).
/// </summary>
public static class HeavyWorkClient
{
    private static readonly AsyncLocal<string?> Ambient = new();

    /// <summary>The client of the request being served, or <see cref="HeavyWorkLane.NoClient"/> outside any request.</summary>
    public static string Current => Ambient.Value ?? HeavyWorkLane.NoClient;

    /// <summary>Makes <paramref name="context"/>'s client the current one, for the calling async method and what it awaits.</summary>
    public static void Set(HttpContext context) => Ambient.Value = ClientPartitionKey.For(context);
}
