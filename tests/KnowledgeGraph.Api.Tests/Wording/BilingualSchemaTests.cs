using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Hosting;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Api.Tests.Wording;

/// <summary>
/// Every description of our schema, read from the running app by introspection (types, fields, arguments, input
/// fields, enum values, our directives), is French first, a blank line, then English; the spec's built-ins are left
/// as GraphQL.NET words them.
/// </summary>
public sealed partial class BilingualSchemaTests(KnowledgeGraphAppFactory factory) : IClassFixture<KnowledgeGraphAppFactory>
{
    private const string Introspection = """
        query {
          __schema {
            description
            types {
              name description
              fields(includeDeprecated: true) { name description args(includeDeprecated: true) { name description } }
              inputFields(includeDeprecated: true) { name description }
              enumValues(includeDeprecated: true) { name description }
            }
            directives { name description args(includeDeprecated: true) { name description } }
          }
        }
        """;

    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];
    private static readonly HashSet<string> BuiltInDirectives = ["include", "skip", "deprecated", "specifiedBy", "oneOf"];

    // Small words that only one of the two languages uses (accents also count as French).
    private static readonly HashSet<string> FrenchWords =
    [
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "est", "sont", "en", "au", "aux",
        "pour", "par", "sur", "dans", "avec", "sans", "qui", "que", "qu", "dont", "son", "sa", "ses", "leur", "leurs",
        "ce", "cet", "cette", "ces", "chaque", "tout", "tous", "toute", "toutes", "nœud", "nœuds", "selon", "entre",
        "quand", "sinon", "aucun", "aucune", "il", "elle", "ils", "elles", "nombre", "comme", "plus", "si", "n", "ne",
        "pas", "s", "lien", "liens", "acteur", "acteurs", "valeur", "valeurs",
    ];

    private static readonly HashSet<string> EnglishWords =
    [
        "the", "a", "an", "of", "and", "or", "is", "are", "to", "in", "on", "for", "by", "with", "without", "its", "it",
        "each", "every", "from", "this", "that", "these", "which", "when", "not", "as", "be", "node", "nodes",
        "how", "many", "what", "where", "who", "their", "they", "has", "have", "one", "only", "number", "if", "no",
        "link", "links", "actor", "actors", "value", "values", "than", "into", "s", "at", "most", "least",
    ];

    [Fact]
    public async Task Every_description_of_ours_is_french_then_english()
    {
        var offenders = Descriptions(await IntrospectAsync())
            .Select(d => (d.Path, d.Description, Problem: Problem(d.Description)))
            .Where(d => d.Problem is not null)
            .Select(d => $"{d.Path}: {d.Problem} — {JsonSerializer.Serialize(d.Description)}")
            .ToList();
        Assert.True(offenders.Count == 0,
            $"{offenders.Count} descriptions are missing or not \"French\\n\\nEnglish\":\n" + string.Join("\n", offenders));
    }

    [Fact]
    public async Task Every_enum_value_of_ours_has_a_description()
    {
        var schema = await IntrospectAsync();
        var values = schema["types"]!.AsArray().Select(t => t!)
            .Where(t => (string)t["name"]! is var name && !name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => Items(t["enumValues"]).Select(v => (Type: (string)t["name"]!, Value: v)))
            .ToList();
        Assert.True(values.Count > 140, $"only {values.Count} enum values");
        Assert.All(values, v => Assert.False(string.IsNullOrWhiteSpace((string?)v.Value["description"]), $"{v.Type}.{v.Value["name"]}"));
    }

    [Fact]
    public async Task The_french_parts_use_the_domain_s_own_words()
    {
        var french = string.Join(" ", Descriptions(await IntrospectAsync())
            .Where(d => d.Description is not null)
            .Select(d => d.Description!.Split("\n\n")[0]));
        foreach (var word in new[] { "mécénat", "co-construction", "catalyseur territorial", "alliance", "acteur", "ODD 17", "nœud" })
            Assert.Contains(word, french, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Texte en français.\n\nThe English text.", true)]
    [InlineData("Le nom de l'organisation.\n\nThe organisation's name.", true)]
    [InlineData("The organisation's name.", false)]
    [InlineData("The organisation's name.\n\nThe organisation's name.", false)]
    [InlineData("The organisation's name.\n\nLe nom de l'organisation.", false)]
    [InlineData("Le nom.\n\nLe nom.", false)]
    [InlineData("Le nom de l'acteur.\n\n", false)]
    [InlineData("Un.\n\nDeux.\n\nThree.", false)]
    [InlineData("Le nom de l'acteur.\n\nle nom de l'acteur !", false)]
    [InlineData("Crée un acteur.\n\nCreates a Actor.", false)]
    [InlineData("Crée une alliance.\n\nCreates an alliance.", true)]
    [InlineData("Crée un alliance.\n\nCreates an alliance.", false)]
    [InlineData("Une étude du territoire.\n\nA study of the territory.", true)]
    [InlineData("La étude de le territoire.\n\nThe study of the territory.", false)]
    [InlineData("Les propriétés du acteur.\n\nThe actor's properties.", false)]
    public void The_language_check_tells_the_two_parts_apart(string description, bool accepted)
    {
        Assert.Equal(accepted, Problem(description) is null);
    }

    /// <summary>Every description of ours, with where it is: types, fields, arguments, input fields, enum values, directives.</summary>
    private static IEnumerable<(string Path, string? Description)> Descriptions(JsonNode schema)
    {
        yield return ("schema", (string?)schema["description"]);
        foreach (var type in schema["types"]!.AsArray().Select(t => t!))
        {
            var name = (string)type["name"]!;
            if (name.StartsWith("__", StringComparison.Ordinal) || BuiltInScalars.Contains(name))
                continue;
            yield return (name, (string?)type["description"]);
            foreach (var field in Items(type["fields"]))
            {
                var path = $"{name}.{field["name"]}";
                yield return (path, (string?)field["description"]);
                foreach (var argument in Items(field["args"]))
                    yield return ($"{path}({argument["name"]}:)", (string?)argument["description"]);
            }

            foreach (var field in Items(type["inputFields"]))
                yield return ($"{name}.{field["name"]}", (string?)field["description"]);
            foreach (var value in Items(type["enumValues"]))
                yield return ($"{name}.{value["name"]}", (string?)value["description"]);
        }

        foreach (var directive in schema["directives"]!.AsArray().Select(d => d!))
        {
            var name = (string)directive["name"]!;
            if (BuiltInDirectives.Contains(name))
                continue;
            yield return ($"@{name}", (string?)directive["description"]);
            foreach (var argument in Items(directive["args"]))
                yield return ($"@{name}({argument["name"]}:)", (string?)argument["description"]);
        }
    }

    /// <summary>Why a description is not "French\n\nEnglish", or null when it is.</summary>
    internal static string? Problem(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
            return "no description";
        var parts = description.Split("\n\n");
        if (parts.Length != 2)
            return parts.Length == 1 ? "one part only (no blank line)" : $"{parts.Length} parts";
        var (french, english) = (parts[0], parts[1]);
        if (string.IsNullOrWhiteSpace(french) || string.IsNullOrWhiteSpace(english))
            return "an empty part";
        if (french != french.Trim() || english != english.Trim())
            return "spaces around a part";
        if (string.Equals(Suggestions.Fold(french), Suggestions.Fold(english), StringComparison.Ordinal))
            return "the same text twice";
        var (frInFrench, enInFrench) = Score(french);
        var (frInEnglish, enInEnglish) = Score(english);
        var frenchAccents = AccentRegex().IsMatch(french) ? 1 : 0;
        if (frInFrench + frenchAccents <= enInFrench)
            return "the first part does not read as French";
        if (enInEnglish <= frInEnglish)
            return "the second part does not read as English";
        if (EnglishArticleRegex().Match(english) is { Success: true } article)
            return $"\"{article.Value}\" in the English part";
        if (FrenchElisionRegex().Match(french) is { Success: true } elision)
            return $"\"{elision.Value}\" in the French part (elide it)";
        if (FrenchGenderRegex().Match(french) is { Success: true } gender)
            return $"\"{gender.Value}\" in the French part (wrong gender)";
        return null;
    }

    private static (int French, int English) Score(string text)
    {
        var words = WordRegex().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        return (words.Count(FrenchWords.Contains), words.Count(EnglishWords.Contains));
    }

    private static IEnumerable<JsonNode> Items(JsonNode? list) => list is JsonArray array ? array.Select(i => i!) : [];

    private async Task<JsonNode> IntrospectAsync()
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query = Introspection }), Encoding.UTF8, GraphQLMediaTypes.Json);
        var response = await factory.CreateClient().PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var json = JsonNode.Parse(text)!;
        Assert.Null(json["errors"]);
        return json["data"]!["__schema"]!;
    }

    // "a Actor", "a alliance", "a enum value": "an" before a vowel (a "u" may sound "you": left alone).
    [GeneratedRegex(@"\b[Aa] [AEIOaeio]\p{L}*")]
    private static partial Regex EnglishArticleRegex();

    // "le acteur", "la étude", "de une", "que il", "du acteur": French elides before a vowel or a mute h.
    [GeneratedRegex(@"\b(?:(?:[LlDd]e|[Ll]a|[Qq]ue|[Nn]e|[Ss]e|[Dd]u) [aeiouyéèêàâîôûœ]\p{L}*|[Ss]i ils?\b)")]
    private static partial Regex FrenchElisionRegex();

    // The domain's nouns with the article of the wrong gender: "un alliance", "une territoire", "un étude"…
    [GeneratedRegex(@"\b(?:[Uu]n (?:alliance|étude|cible|organisation|entreprise|association|fondation|collectivité|relation|propriété|valeur|mesure|communauté|arête|page|région|commune)|[Uu]ne (?:acteur|territoire|réseau|catalyseur|domaine|constat|nœud|label|id|département|lien|chemin|ODD))\b")]
    private static partial Regex FrenchGenderRegex();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordRegex();

    [GeneratedRegex("[àâäçéèêëîïôöùûüÿœæ]", RegexOptions.IgnoreCase)]
    private static partial Regex AccentRegex();
}
