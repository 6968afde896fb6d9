using System.Text;
using System.Xml;

namespace KnowledgeGraph.Core.Export;

/// <summary>Shared settings of the XML exporters: UTF-8 without BOM, indented, async, the stream left open.</summary>
internal static class XmlExport
{
    /// <summary>Elements written between two flushes to the underlying stream.</summary>
    public const int FlushEvery = 512;

    public static XmlWriter CreateWriter(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        CloseOutput = false,
    });

    public static async Task FlushSometimesAsync(XmlWriter writer, int written, CancellationToken cancellationToken)
    {
        if (written % FlushEvery == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.FlushAsync();
        }
    }
}
