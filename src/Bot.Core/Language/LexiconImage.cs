using System.Buffers.Binary;
using System.Text;

namespace Bot.Core.Language;

/// <summary>
/// The binary form of <see cref="LexiconTables"/> that the build generates from the text sources
/// (tools/LexiconImage) and embeds in Bot.Core, so that start-up copies strings out of it instead of
/// splitting, lower-casing and stemming some 40,000 lines. Layout, little-endian: the magic "BLEX",
/// a u16 version, the u32 longest phrase, then seven sections in a fixed order (roots; entries with
/// their source; names; spellings; learned; stem → headword; learned stem → headword), each a u32
/// count of rows sorted by key. A string is a u16 count of UTF-8 bytes and the bytes; a string
/// list a u16 count and the strings. Written rows are ordered, so the same sources give the same bytes.
/// </summary>
internal static class LexiconImage
{
    /// <summary>The manifest resource name of the embedded image (Bot.Core.csproj).</summary>
    public const string ResourceName = "Bot.Core.Language.lexicon.image";

    /// <summary>Raised whenever the layout or <see cref="TranslationSource"/> changes; an image of another version is refused, not misread.</summary>
    public const ushort Version = 1;

    private static ReadOnlySpan<byte> Magic => "BLEX"u8;

    private static readonly Lazy<LexiconTables> EmbeddedTables = new(LoadEmbedded);

    /// <summary>The tables of the image embedded in this assembly, read once.</summary>
    public static LexiconTables Embedded => EmbeddedTables.Value;

    public static void Write(LexiconTables tables, Stream output)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new ImageWriter(output);
        writer.Bytes(Magic);
        writer.UInt16(Version);
        writer.UInt32(checked((uint)tables.LongestPhrase));
        writer.Count(tables.Roots.Count);
        foreach (var root in tables.Roots.Order(StringComparer.Ordinal))
        {
            writer.String(root);
        }

        writer.Count(tables.Entries.Count);
        foreach (var (headword, entry) in tables.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.String(headword);
            writer.Byte((byte)entry.Source);
            writer.Strings(entry.Renderings);
        }

        WriteLists(writer, tables.Names);
        WritePairs(writer, tables.AmericanSpelling);
        WriteLists(writer, tables.Learned);
        WritePairs(writer, tables.HeadwordByStem);
        WritePairs(writer, tables.LearnedByStem);
    }

    public static LexiconTables Read(ReadOnlySpan<byte> image)
    {
        var reader = new ImageReader(image);
        if (!reader.Bytes(Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a lexicon image (its first bytes are not BLEX).");
        }

        var version = reader.UInt16();
        if (version != Version)
        {
            throw new InvalidDataException($"The lexicon image is version {version}; this build reads version {Version}. Rebuild Bot.Core.");
        }

        var longestPhrase = (int)reader.UInt32();
        var rootCount = reader.Count();
        var roots = new HashSet<string>(rootCount, StringComparer.Ordinal);
        for (var i = 0; i < rootCount; i++)
        {
            roots.Add(reader.String());
        }

        var entryCount = reader.Count();
        var entries = new Dictionary<string, LexiconEntry>(entryCount, StringComparer.Ordinal);
        for (var i = 0; i < entryCount; i++)
        {
            var headword = reader.String();
            var source = reader.Byte();
            if (source > (byte)TranslationSource.Learned)
            {
                throw new InvalidDataException($"The lexicon image names an unknown translation source {source}.");
            }

            entries.Add(headword, new LexiconEntry(reader.Strings(), (TranslationSource)source));
        }

        var names = ReadLists(ref reader);
        var spelling = ReadPairs(ref reader);
        var learned = ReadLists(ref reader);
        var headwordByStem = ReadPairs(ref reader);
        var learnedByStem = ReadPairs(ref reader);
        if (!reader.AtEnd)
        {
            throw new InvalidDataException("The lexicon image has bytes after its last section.");
        }

        return new LexiconTables(roots, entries, names, spelling, learned, headwordByStem, learnedByStem, longestPhrase);
    }

    private static LexiconTables LoadEmbedded()
    {
        using var stream = typeof(LexiconImage).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded lexicon image '{ResourceName}' is missing; the build generates it from Language/Data.");
        var image = new byte[stream.Length];
        stream.ReadExactly(image);
        return Read(image);
    }

    private static void WriteLists(ImageWriter writer, Dictionary<string, string[]> table)
    {
        writer.Count(table.Count);
        foreach (var (key, values) in table.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.String(key);
            writer.Strings(values);
        }
    }

    private static void WritePairs(ImageWriter writer, Dictionary<string, string> table)
    {
        writer.Count(table.Count);
        foreach (var (key, value) in table.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.String(key);
            writer.String(value);
        }
    }

    private static Dictionary<string, string[]> ReadLists(ref ImageReader reader)
    {
        var count = reader.Count();
        var table = new Dictionary<string, string[]>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            table.Add(reader.String(), reader.Strings());
        }

        return table;
    }

    private static Dictionary<string, string> ReadPairs(ref ImageReader reader)
    {
        var count = reader.Count();
        var table = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            table.Add(reader.String(), reader.String());
        }

        return table;
    }

    private sealed class ImageWriter(Stream output)
    {
        public void Bytes(ReadOnlySpan<byte> bytes) => output.Write(bytes);

        public void Byte(byte value) => output.WriteByte(value);

        public void UInt16(ushort value)
        {
            Span<byte> buffer = stackalloc byte[sizeof(ushort)];
            BinaryPrimitives.WriteUInt16LittleEndian(buffer, value);
            output.Write(buffer);
        }

        public void UInt32(uint value)
        {
            Span<byte> buffer = stackalloc byte[sizeof(uint)];
            BinaryPrimitives.WriteUInt32LittleEndian(buffer, value);
            output.Write(buffer);
        }

        public void Count(int count) => UInt32(checked((uint)count));

        public void String(string value)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            UInt16(checked((ushort)bytes.Length));
            output.Write(bytes);
        }

        public void Strings(string[] values)
        {
            UInt16(checked((ushort)values.Length));
            foreach (var value in values)
            {
                String(value);
            }
        }
    }

    private ref struct ImageReader(ReadOnlySpan<byte> image)
    {
        private readonly ReadOnlySpan<byte> _image = image;
        private int _position;

        public readonly bool AtEnd => _position == _image.Length;

        public ReadOnlySpan<byte> Bytes(int length)
        {
            if (length > _image.Length - _position)
            {
                throw new InvalidDataException("The lexicon image ends in the middle of a section.");
            }

            var bytes = _image.Slice(_position, length);
            _position += length;
            return bytes;
        }

        public byte Byte() => Bytes(1)[0];

        public ushort UInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Bytes(sizeof(ushort)));

        public uint UInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Bytes(sizeof(uint)));

        public int Count() => checked((int)UInt32());

        public string String() => Encoding.UTF8.GetString(Bytes(UInt16()));

        public string[] Strings()
        {
            var values = new string[UInt16()];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = String();
            }

            return values;
        }
    }
}
