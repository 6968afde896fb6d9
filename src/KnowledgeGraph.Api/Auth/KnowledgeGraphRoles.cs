namespace KnowledgeGraph.Api.Auth;

/// <summary>The roles that writing needs; admin includes editor. Also the names of the authorization policies.</summary>
public static class KnowledgeGraphRoles
{
    /// <summary>May create, update, delete, link and unlink (and apply change sets).</summary>
    public const string Editor = "editor";

    /// <summary>May do what an editor does, import whole graphs and read the audit trail.</summary>
    public const string Admin = "admin";

    /// <summary>The roles that satisfy <paramref name="required"/>.</summary>
    public static IReadOnlyList<string> Satisfying(string required) => required == Editor ? [Editor, Admin] : [required];
}
