namespace KnowledgeGraph.Bolt;

/// <summary>Credentials sent at connect. <see cref="ToString"/> never shows the secret.</summary>
public sealed class AuthToken
{
    private readonly Dictionary<string, object?> _entries;

    private AuthToken(Dictionary<string, object?> entries) => _entries = entries;

    public static AuthToken None { get; } = new(new() { ["scheme"] = "none" });

    public string Scheme => (string)_entries["scheme"]!;

    public static AuthToken Basic(string user, string password, string? realm = null)
    {
        var entries = new Dictionary<string, object?> { ["scheme"] = "basic", ["principal"] = user, ["credentials"] = password };
        if (realm is not null) entries["realm"] = realm;
        return new AuthToken(entries);
    }

    public static AuthToken Bearer(string token) => new(new() { ["scheme"] = "bearer", ["credentials"] = token });

    internal IReadOnlyDictionary<string, object?> Entries => _entries;

    public override string ToString() =>
        $"AuthToken {{ scheme = {Scheme}{(_entries.TryGetValue("principal", out var p) ? $", principal = {p}" : "")}, credentials = ****** }}";
}
