using GraphQL.Validation;

namespace KnowledgeGraph.Api.GraphQL.Documents;

/// <summary>
/// A validation rule whose verdict depends only on the document and the variables' values (with the schema and the
/// server's fixed settings), never on the caller or the HTTP method. A kept document that declares no variables has
/// passed it already, so <see cref="DocumentCacheExecution"/> does not run it again.
/// </summary>
public interface IDocumentOnlyValidationRule : IValidationRule;
