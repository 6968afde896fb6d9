using System.CommandLine;
using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli;

/// <summary>The <c>kg</c> command tree: one command per file under Commands/.</summary>
public static class KgCommandLine
{
    public static RootCommand Create() => new("kg: tools for the faire-alliance knowledge graph (seed data, generation, checks, imports).")
    {
        GenerateCommand.Create(),
        CheckCommand.Create(),
        SeedCommand.Create(),
        ExportCommand.Create(),
        HashKeyCommand.Create(),
        ImportCommand.Create(),
    };
}
