using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Equivalence.Tests.Differential;

/// <summary>
/// Builds random operations from the served schema: a <c>where</c> filter on a collection (or on a nested
/// connection), from the filter input types (every property operator, and/or/not, quantifiers, within), with
/// values drawn from the data so that many filters match something.
/// </summary>
public sealed partial class FilterGenerator(SchemaModel schema, ValuePool values, Random random)
{
    private const int MaxDepth = 3;
    private static readonly string[] Quantifiers = ["some", "all", "none", "single"];

    public string NextOperation()
    {
        var roots = schema.FilterableFields("Query").ToList();
        var (root, filterType) = roots[random.Next(roots.Count)];
        var nodeType = root.Type.NamedType.Replace("Connection", "", StringComparison.Ordinal);
        var nested = schema.FilterableFields(nodeType).ToList();
        if (random.Next(4) > 0 || nested.Count == 0)
            return $"{{ {root.Name}(where: {Filter(filterType, 0)}{Order(root)}, first: 25) {{ totalCount nodes {{ id }}{Aggregate(root)} }} }}";

        var (field, nestedFilter) = nested[random.Next(nested.Count)];
        return $"{{ {root.Name}(first: 6) {{ nodes {{ id {field.Name}(where: {Filter(nestedFilter, 1)}, first: 5) {{ totalCount nodes {{ id }} }} }} }} }}";
    }

    private string Filter(string typeName, int depth)
    {
        var label = typeName.EndsWith("FilterInput", StringComparison.Ordinal) ? typeName[..^"FilterInput".Length] : null;
        var candidates = schema[typeName].InputFields.Where(f => depth < MaxDepth - 1 || IsLeaf(f)).ToList();
        var count = depth == 0 ? random.Next(1, 3) : 1;
        var chosen = candidates.OrderBy(_ => random.Next()).Take(count);
        return "{ " + string.Join(", ", chosen.Select(f => $"{f.Name}: {FieldValue(f, label, depth)}")) + " }";
    }

    private bool IsLeaf(FieldDef field) =>
        field.Name == "within" || field.Type.NamedType.EndsWith("OperationFilterInput", StringComparison.Ordinal);

    private string FieldValue(FieldDef field, string? label, int depth)
    {
        var type = field.Type.NamedType;
        switch (field.Name)
        {
            case "and" or "or":
                return "[" + string.Join(", ", Enumerable.Range(0, random.Next(1, 3)).Select(_ => Filter(type, depth + 1))) + "]";
            case "not":
                return Filter(type, depth + 1);
            case "within":
                return random.Next(20) == 0 ? "\"REG-99\"" : Literal(values.TerritoryIds[random.Next(values.TerritoryIds.Count)]);
        }

        if (type.EndsWith("OperationFilterInput", StringComparison.Ordinal))
            return Operation(schema[type], label, field.Name);
        if (type.EndsWith("CountFilterInput", StringComparison.Ordinal))
            return CountFilter(schema[type], depth);
        var inputFields = schema[type].InputFields;
        var quantifier = inputFields.Where(f => Quantifiers.Contains(f.Name)).ToList();
        if (quantifier.Count > 0)
        {
            var q = quantifier[random.Next(quantifier.Count)];
            return $"{{ {q.Name}: {Filter(q.Type.NamedType, depth + 1)} }}";
        }

        return Filter(type, depth + 1); // a single relationship field, or an edge filter
    }

    private string Operation(TypeDef operation, string? label, string property)
    {
        var operators = operation.InputFields.OrderBy(_ => random.Next()).Take(random.Next(4) == 0 ? 2 : 1);
        return "{ " + string.Join(", ", operators.Select(op => $"{op.Name}: {OperatorValue(op, label, property)}")) + " }";
    }

    private string OperatorValue(FieldDef op, string? label, string property)
    {
        if (op.Name is "eq" or "neq" && random.Next(12) == 0)
            return "null";
        var scalar = op.Type.NamedType;
        if (op.Type.IsList)
            return "[" + string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => One(op.Name, scalar, label, property))) + "]";
        return One(op.Name, scalar, label, property);
    }

    private string One(string op, string scalar, string? label, string property)
    {
        var type = schema[scalar];
        if (type.Kind == "ENUM")
        {
            var seen = values.Of(label, property).OfType<string>().Where(type.EnumValues.Contains).ToList();
            return random.Next(3) > 0 && seen.Count > 0 ? seen[random.Next(seen.Count)] : type.EnumValues[random.Next(type.EnumValues.Count)];
        }

        var pool = values.Of(label, property);
        var drawn = pool.Count > 0 ? pool[random.Next(pool.Count)] : null;
        return scalar switch
        {
            "Boolean" => random.Next(2) == 0 ? "true" : "false",
            "Int" => (drawn is long n ? n + random.Next(-1, 2) : random.Next(1900, 2030)).ToString(CultureInfo.InvariantCulture),
            "Float" => (drawn is double d ? d : random.Next(0, 100) / 2.0).ToString("R", CultureInfo.InvariantCulture),
            "ID" => Literal(drawn as string ?? "NOPE"),
            _ => Literal(Text(op, drawn?.ToString() ?? "a")),
        };
    }

    /// <summary>A string operand: the whole value or a part of it for the substring operators, in a random case, sometimes without accents.</summary>
    private string Text(string op, string value)
    {
        var length = Math.Min(value.Length, random.Next(2, 7));
        var start = random.Next(0, value.Length - length + 1);
        var text = op switch
        {
            "contains" => value.Substring(start, length),
            "startsWith" => value[..length],
            "endsWith" => value[^length..],
            _ => value,
        };
        text = random.Next(3) switch
        {
            0 => text.ToUpperInvariant(),
            1 => text.ToLowerInvariant(),
            _ => text,
        };
        return random.Next(4) == 0 ? WithoutAccents(text) : text;
    }

    private static string WithoutAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Literal(string text) => JsonSerializer.Serialize(text, Readable);
}
