using KnowledgeGraph.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeGraph();

var app = builder.Build();
app.MapKnowledgeGraph();

return await app.RunKnowledgeGraphAsync();

/// <summary>The entry point, public so that tests can host the real app with WebApplicationFactory.</summary>
public partial class Program;
