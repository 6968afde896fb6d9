using GraphQL;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Limits.Errors;

namespace KnowledgeGraph.Api.Limits.Budget;

/// <summary>
/// Bounds the work a document can cause before it is validated: its runs of characters that nothing can break
/// (<see cref="ShortLines"/>) and its size in tokens (checked on the text, before parsing, with its strings' Unicode),
/// then, on the parsed document, the number of fragment definitions, the selections in any one selection set, the
/// directives at any one place and in the whole document, and the selections of each operation once its fragments are
/// expanded (a fragment spread twice counts twice). GraphQL.NET's validation compares fields and fragments in pairs,
/// and the timeout cannot stop it, so a chain of a thousand fragments or a fragment spread exponentially would cost
/// minutes of CPU. The walks are iterative or bounded; a fragment cycle counts nothing here (the validation reports it).
/// </summary>
public sealed class DocumentBudget(LimitsOptions limits)
{
    /// <returns>An error to answer instead of parsing, or null.</returns>
    public ExecutionError? CheckText(string query)
    {
        if (LargeTextVerdicts.ReadableOf(query).UnbrokenAt is >= 0 and var unbrokenAt)
            return new UnbrokenTextTooLongError(query, unbrokenAt);
        if (!TokenCount.IsWithin(query, limits.MaxTokens, out _, out var validStrings))
            return new DocumentTooLargeError(limits.MaxTokens);
        return validStrings && TokenCount.IsValidUtf16(query) ? null : new InvalidUnicodeError();
    }

    /// <returns>An error to answer instead of validating, or null.</returns>
    public ExecutionError? CheckDocument(GraphQLDocument document)
    {
        var fragmentCount = document.Definitions.Count(definition => definition is GraphQLFragmentDefinition);
        if (fragmentCount > limits.MaxFragments)
            return new TooManyFragmentsError(fragmentCount, limits.MaxFragments);
        var directives = 0;
        var shapes = new Dictionary<ASTNode, DefinitionShape>();
        var pending = new Stack<ASTNode>();
        foreach (var definition in document.Definitions)
        {
            var shape = shapes[definition] = new DefinitionShape();
            pending.Push(definition);
            while (pending.TryPop(out var node))
            {
                if (node is IHasDirectivesNode { Directives: { } own })
                {
                    if (own.Count > limits.MaxDirectivesPerLocation)
                        return new TooManyDirectivesError($"{own.Count} directives at one place", limits.MaxDirectivesPerLocation).AddLocation(node, document);
                    directives += own.Count;
                    if (directives > limits.MaxDirectives)
                        return new TooManyDirectivesError($"more than {limits.MaxDirectives} directives", limits.MaxDirectives).AddLocation(node, document);
                }
                if (node is GraphQLOperationDefinition { Variables: { } variables })
                {
                    foreach (var variable in variables.Items)
                        pending.Push(variable);
                }
                if (node is GraphQLFragmentSpread spread)
                    shape.Spreads.Add(spread.FragmentName.Name.StringValue);
                if (node is IHasSelectionSetNode { SelectionSet: { } set })
                {
                    if (set.Selections.Count > limits.MaxSelectionsPerSet)
                        return new TooManySelectionsError(set.Selections.Count, limits.MaxSelectionsPerSet).AddLocation(set, document);
                    shape.Selections += set.Selections.Count;
                    foreach (var selection in set.Selections)
                        pending.Push(selection);
                }
            }
        }

        return ExpandedSelections(document, shapes);
    }

    private TooManySelectionsError? ExpandedSelections(GraphQLDocument document, Dictionary<ASTNode, DefinitionShape> shapes)
    {
        var fragments = new Dictionary<string, DefinitionShape>(StringComparer.Ordinal);
        foreach (var (definition, shape) in shapes)
        {
            if (definition is GraphQLFragmentDefinition fragment)
                fragments.TryAdd(fragment.FragmentName.Name.StringValue, shape);
        }
        var sizes = new Dictionary<DefinitionShape, long>();
        foreach (var (definition, shape) in shapes)
        {
            if (definition is GraphQLOperationDefinition operation
                && Expanded(shape, fragments, sizes) is var size && size > limits.MaxSelections)
            {
                return new TooManySelectionsError(size, limits.MaxSelections, expanded: true).AddLocation(operation, document);
            }
        }

        return null;
    }

    /// <summary>Selections once fragments are expanded, each fragment measured once (iteratively, in post-order); capped.</summary>
    private long Expanded(DefinitionShape root, Dictionary<string, DefinitionShape> fragments, Dictionary<DefinitionShape, long> sizes)
    {
        var cap = (long)limits.MaxSelections + 1;
        var inProgress = new HashSet<DefinitionShape>();
        var stack = new Stack<DefinitionShape>();
        stack.Push(root);
        while (stack.TryPeek(out var shape))
        {
            if (sizes.ContainsKey(shape))
            {
                stack.Pop();
                continue;
            }
            if (inProgress.Add(shape))
            {
                foreach (var name in shape.Spreads)
                {
                    if (fragments.TryGetValue(name, out var child) && !sizes.ContainsKey(child) && !inProgress.Contains(child))
                        stack.Push(child);
                }
                continue;
            }
            stack.Pop();
            long size = shape.Selections;
            foreach (var name in shape.Spreads)
            {
                // A fragment still in progress is part of a cycle: the validation refuses it, it counts nothing here.
                if (fragments.TryGetValue(name, out var child) && sizes.TryGetValue(child, out var childSize))
                    size = Math.Min(cap, size + childSize);
            }
            sizes[shape] = size;
        }

        return sizes[root];
    }

    private sealed class DefinitionShape
    {
        public long Selections;
        public readonly List<string> Spreads = [];
    }
}
