using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Tests.Writes;

/// <summary>Short ways to write change-set operations in tests.</summary>
public static class Ops
{
    public static CreateNode Create(string label, string id, params (string Name, object? Value)[] properties) =>
        new(label, id, Map(properties));

    /// <summary>A valid company actor (source given).</summary>
    public static CreateNode Company(string id, string name = "Company") =>
        Create("Actor", id, ("name", name), ("kind", "COMPANY"), ("source", "TEST"));

    /// <summary>A valid alliance (source given).</summary>
    public static CreateNode Alliance(string id, string name = "Alliance") =>
        Create("Alliance", id, ("name", name), ("category", "PATRONAGE"), ("source", "TEST"));

    public static UpdateNode Update(string id, params (string Name, object? Value)[] set) => new(id, Map(set), []);

    public static UpdateNode Remove(string id, params string[] names) => new(id, Map([]), names);

    public static DeleteNode Delete(string id, bool detach = false) => new(id, detach);

    public static Link Link(string type, string startId, string endId, params (string Name, object? Value)[] properties) =>
        new(type, startId, endId, Map(properties));

    public static Link Participates(string actorId, string allianceId, string role = "PARTNER") =>
        Link("PARTICIPATES_IN", actorId, allianceId, ("role", role));

    public static Unlink Unlink(string type, string startId, string endId) => new(type, startId, endId);

    /// <summary>An unlink choosing among parallel relationships by identifying values (a null value: the one without).</summary>
    public static Unlink Unlink(string type, string startId, string endId, params (string Name, object? Value)[] key) =>
        new(type, startId, endId, Map(key));

    /// <summary>A participation with a role and a year (both identifying: another year is a parallel participation).</summary>
    public static Link Participates(string actorId, string allianceId, string role, long since) =>
        Link("PARTICIPATES_IN", actorId, allianceId, ("role", role), ("since", since));

    /// <summary>A relationship key; <paramref name="identifying"/> lists every identifying property of the type.</summary>
    public static RelationshipKey Key(string type, string startId, string endId, params (string Name, object? Value)[] identifying) =>
        new(type, startId, endId) { Identifying = Map(identifying) };

    /// <summary>The key of a participation.</summary>
    public static RelationshipKey ParticipationKey(string actorId, string allianceId, string role, long? since = null) =>
        Key("PARTICIPATES_IN", actorId, allianceId, ("role", role), ("since", since));

    public static ChangeSet Set(params WriteOperation[] operations) => new(operations);

    private static Dictionary<string, object?> Map((string Name, object? Value)[] properties) =>
        properties.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
