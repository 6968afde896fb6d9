using KnowledgeGraph.Api.Mutations.Schema;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Mutations.Execution;

/// <summary>Turns the <c>ChangeInput</c> list of <c>applyChanges</c> into one change set, or refuses it as a whole.</summary>
internal static class ChangeInputReader
{
    public static ChangeSet Read(MutationCatalog catalog, IEnumerable<object?> operations)
    {
        var result = new List<WriteOperation>();
        var errors = new List<WriteError>();
        var index = 0;
        foreach (var item in operations)
        {
            var given = InputValues.AsMap(item).Where(p => p.Value is not null).ToList();
            if (given.Count != 1)
            {
                errors.Add(new WriteError(index, "operations", WriteErrorCodes.InvalidOperation,
                    $"Set exactly one field of ChangeInput (got {given.Count}: {string.Join(", ", given.Select(p => p.Key))})."));
            }
            else
            {
                var (name, value) = given[0];
                var definition = catalog.ByName[name];
                var arguments = definition.DirectInputType is null
                    ? InputValues.AsMap(value)
                    : new Dictionary<string, object?> { [NodeMutations.Input] = value };
                result.Add(definition.ToOperation(arguments));
            }

            index++;
        }

        return errors.Count > 0 ? throw new WriteValidationException(errors) : new ChangeSet(result);
    }
}
