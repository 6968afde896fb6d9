namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// Property values are held as objects: a million years, counts and flags would each be a box of their own.
/// Booleans and small whole numbers (years included) share one immutable box per value instead.
/// </summary>
internal static class SharedBoxes
{
    private const long MaxShared = 2200;

    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object[] Numbers = [.. Enumerable.Range(0, (int)MaxShared + 1).Select(n => (object)(long)n)];

    public static object Of(bool value) => value ? True : False;

    public static object Of(long value) => value is >= 0 and <= MaxShared ? Numbers[value] : value;
}
