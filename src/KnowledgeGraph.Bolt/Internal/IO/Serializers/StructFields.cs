using System.Globalization;

namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>Checks shared by the structure serializers.</summary>
internal static class StructFields
{
    public static void Expect(byte tag, int actual, params int[] allowed)
    {
        if (!allowed.Contains(actual))
            throw new ProtocolException(
                $"PackStream: structure 0x{tag:X2} has {actual} fields, expected {string.Join(" or ", allowed)}.");
    }

    public static string IdText(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> Strings(IReadOnlyList<object?> list) =>
        list.Select(item => item as string ?? throw new ProtocolException("PackStream: expected a list of strings.")).ToArray();

    public static T Convert<T>(Func<T> convert, string what)
    {
        try
        {
            return convert();
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            throw new ProtocolException($"PackStream: {what} is out of the range .NET can represent.", e);
        }
    }
}
