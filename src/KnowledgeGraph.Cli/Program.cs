using KnowledgeGraph.Cli;

return await KgCommandLine.Create().Parse(args).InvokeAsync();
