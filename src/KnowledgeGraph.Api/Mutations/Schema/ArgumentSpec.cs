using GraphQL.Types;

namespace KnowledgeGraph.Api.Mutations.Schema;

/// <summary>
/// One argument of a mutation, usable both as a field argument and as a field of the operation's input object
/// in <c>applyChanges</c>. Types are made anew for each use (a graph type instance belongs to one place).
/// </summary>
internal sealed record ArgumentSpec(string Name, Func<IGraphType> Type, string Description, object? DefaultValue = null)
{
    public QueryArgument ToArgument() => new(Type()) { Name = Name, Description = Description, DefaultValue = DefaultValue };

    public FieldType ToInputField() => new() { Name = Name, ResolvedType = Type(), Description = Description, DefaultValue = DefaultValue };
}
