using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg hash-key [key] --name N --role editor</c>: the SHA-256 hex the service stores for an API key (as its
/// ApiKeyHash does), and the configuration entry for <c>KnowledgeGraph:Auth:ApiKeys</c>. Without a key, makes a random one.
/// </summary>
public static class HashKeyCommand
{
    public static Command Create()
    {
        var key = new Argument<string?>("key") { Description = "The API key to hash (default: a new random key, printed once).", Arity = ArgumentArity.ZeroOrOne };
        var name = new Option<string>("--name") { Description = "Who the key is for (recorded in the audit trail).", DefaultValueFactory = _ => "my-client" };
        var roles = new Option<string[]>("--role") { Description = "A role of the key: editor or admin (repeatable).", DefaultValueFactory = _ => ["editor"] };
        var command = new Command("hash-key", "Hash an API key for KnowledgeGraph:Auth:ApiKeys (keys are configured by hash only).") { key, name, roles };
        command.SetAction((parseResult, _) => CommandRunner.RunAsync(parseResult, async writer =>
        {
            var given = parseResult.GetValue(key);
            var value = string.IsNullOrEmpty(given) ? NewKey() : given;
            if (string.IsNullOrEmpty(given))
            {
                await writer.WriteLineAsync($"key:  {value}   (give it to the client; it is not stored)");
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
            await writer.WriteLineAsync($"hash: {hash}");
            var entry = new { name = parseResult.GetValue(name), hash, roles = parseResult.GetValue(roles) };
            await writer.WriteLineAsync($"entry for KnowledgeGraph:Auth:ApiKeys: {JsonSerializer.Serialize(entry)}");
            return CommandRunner.Success;
        }));
        return command;
    }

    private static string NewKey() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
