using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Writes.Internal;

/// <summary>Checks given property values against declared properties and builds the stored property map.</summary>
internal sealed class PropertyBinder(ErrorSink errors)
{
    /// <summary>
    /// Adds the given values to <paramref name="target"/> (a null or empty list removes), reporting unknown names,
    /// values of the wrong type, and (when <paramref name="owner"/> has no such property) <paramref name="skip"/>ped names.
    /// </summary>
    public void Bind(
        string owner,
        IReadOnlyList<PropertyDef> declared,
        IReadOnlyDictionary<string, object?>? given,
        Dictionary<string, object> target,
        Func<string, bool>? skip = null)
    {
        foreach (var (name, raw) in given ?? new Dictionary<string, object?>())
        {
            if (skip?.Invoke(name) == true)
            {
                continue;
            }

            var property = declared.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
            if (property is null)
            {
                errors.Add(name, WriteErrorCodes.UnknownProperty,
                    $"{owner} has no property '{name}' (it has: {string.Join(", ", declared.Select(p => p.Name))}).");
            }
            else if (InvalidCharacter(raw) is { } character)
            {
                errors.Add(name, WriteErrorCodes.InvalidCharacter,
                    $"{owner}.{name}: {character} cannot be stored: exports (GEXF, GraphML) are XML 1.0, which cannot carry it; remove or replace it.");
            }
            else if (!PropertyValues.TryNormalize(property, raw, out var value, out var problem))
            {
                errors.Add(name, WriteErrorCodes.InvalidValue, $"{owner}.{name}: {problem}.");
            }
            else if (value is null)
            {
                target.Remove(name);
            }
            else
            {
                target[name] = value;
            }
        }
    }

    // The first character of a text (or of a list of texts) that XML 1.0 cannot carry, described, or null.
    private static string? InvalidCharacter(object? raw)
    {
        foreach (var text in raw switch
                 {
                     string one => [one],
                     System.Collections.IEnumerable list => list.OfType<string>(),
                     _ => [],
                 })
        {
            var index = Export.XmlChars.FirstInvalid(text);
            if (index >= 0)
            {
                return $"the character {Export.XmlChars.Describe(text, index)} at position {index}";
            }
        }

        return null;
    }

    /// <summary>
    /// Reports each required property (but <c>id</c>) that <paramref name="values"/> lacks, unless a value was
    /// <paramref name="given"/> for it (then it was reported as invalid already).
    /// </summary>
    public void RequireAll(
        string owner, IReadOnlyList<PropertyDef> declared, Dictionary<string, object> values, IReadOnlyDictionary<string, object?>? given)
    {
        foreach (var property in declared.Where(p => p.IsRequired && p.Name != GraphSchema.IdProperty))
        {
            if (!values.ContainsKey(property.Name) && given?.GetValueOrDefault(property.Name) is null)
            {
                errors.Add(property.Name, WriteErrorCodes.Required, $"{owner}.{property.Name} is required.");
            }
        }
    }
}
