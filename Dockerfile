# The API and the kg CLI in one image. Build: docker build -t knowledgegraph .
# Stage 1: build (the GraphiQL assets need Node, the .NET code the SDK).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj -c Release -o /out/api \
 && dotnet publish src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj -c Release -o /out/cli

# Stage 2: runtime.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /out/api ./
COPY --from=build /out/cli ./cli/
COPY graph-seed ./graph-seed
ENV ASPNETCORE_URLS=http://+:8080 \
    KnowledgeGraph__SeedDirectory=/app/graph-seed
EXPOSE 8080
ENTRYPOINT ["dotnet", "KnowledgeGraph.Api.dll"]
