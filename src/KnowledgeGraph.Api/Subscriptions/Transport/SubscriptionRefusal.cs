using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.Subscriptions.Transport;

/// <summary>A stream refused before it opened (limits, identity), answered as the endpoint's usual JSON error.</summary>
internal sealed class SubscriptionRefusal(int statusCode, string code, string message) : GraphQLHttpError(statusCode, code, message);
