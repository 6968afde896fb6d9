namespace KnowledgeGraph.Bolt;

/// <summary>Whether work reads or writes; sent to the server from Bolt 3 (mode "r") and used by routing later.</summary>
public enum AccessMode
{
    Write,
    Read,
}
