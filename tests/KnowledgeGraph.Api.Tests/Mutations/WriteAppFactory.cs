using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;

namespace KnowledgeGraph.Api.Tests.Mutations;

/// <summary>
/// The real app on its own SQLite file and a seed root holding a copy of the curated set, with API keys for an
/// editor, an admin and a key without roles, and a shared JWT signing key.
/// </summary>
public class WriteAppFactory : KnowledgeGraphAppFactory
{
    public const string EditorKey = "editor-key-0123456789";
    public const string AdminKey = "admin-key-0123456789";
    public const string NoRoleKey = "reader-key-0123456789";
    public const string JwtIssuer = "https://issuer.test";
    public const string JwtAudience = "knowledgegraph";
    public const string JwtSigningKey = "a-test-signing-key-of-at-least-32-bytes!";

    private readonly CuratedSeedCopy seed = new();

    public WriteAppFactory() => SeedDirectory = seed.Root;

    /// <summary>Extra settings, applied last.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("KnowledgeGraph:SeedDirectory", seed.Root);
        Key(builder, 0, "editor-bot", EditorKey, KnowledgeGraphRoles.Editor);
        Key(builder, 1, "admin-person", AdminKey, KnowledgeGraphRoles.Admin);
        Key(builder, 2, "reader", NoRoleKey);
        builder.UseSetting("KnowledgeGraph:Auth:Jwt:Issuer", JwtIssuer);
        builder.UseSetting("KnowledgeGraph:Auth:Jwt:Audience", JwtAudience);
        builder.UseSetting("KnowledgeGraph:Auth:Jwt:SigningKey", JwtSigningKey);
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        seed.Dispose();
        GC.SuppressFinalize(this);
    }

    private static void Key(IWebHostBuilder builder, int index, string name, string key, params string[] roles)
    {
        var prefix = $"KnowledgeGraph:Auth:ApiKeys:{index}:";
        builder.UseSetting(prefix + "Name", name);
        builder.UseSetting(prefix + "Hash", ApiKeyHash.Of(key).ToUpperInvariant()); // case of the hex is ignored
        for (var i = 0; i < roles.Length; i++)
            builder.UseSetting($"{prefix}Roles:{i}", roles[i]);
    }
}
