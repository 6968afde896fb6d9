using KnowledgeGraph.Benchmarks.Baseline;

// What the HTTP stack alone does on this machine: POST /graphql answers, for the scenario named in the
// X-KG-Scenario header, the exact bytes the real service returned for it (captured by benchmarks/load/run.sh).
//   dotnet KnowledgeGraph.Benchmarks.Baseline.dll --urls http://127.0.0.1:18081 --Baseline:ResponsesDirectory DIR
var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddSingleton(CachedResponses.Load(builder.Configuration["Baseline:ResponsesDirectory"]));

var app = builder.Build();
app.MapPost("/graphql", CachedResponses.WriteAsync);
app.MapGet("/health/ready", () => "Healthy");
app.Run();
