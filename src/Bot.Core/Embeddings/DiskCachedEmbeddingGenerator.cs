using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Bot.Core.Search;
using Microsoft.Extensions.AI;

namespace Bot.Core.Embeddings;

/// <summary>
/// Remembers embeddings on disk by the SHA-256 of their text, one append-only file per model,
/// so that a restart (or an unchanged article) does not embed the same text again. A record is
/// the 32-byte hash, the dimension count (int32, little-endian) and the floats; a torn record at
/// the end of the file (a crash mid-write) is ignored.
/// </summary>
internal sealed class DiskCachedEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private const int HashLength = 32;
    private const int HeaderLength = HashLength + sizeof(int);

    /// <summary>Hashed before a question's text; a passage's text is hashed alone, as before questions were told apart.</summary>
    private const string QueryKeyPrefix = "query\u0000";

    private readonly string _file;
    private readonly string _model;
    private readonly Lock _lock = new();
    private Dictionary<string, float[]>? _entries;

    public DiskCachedEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> innerGenerator, string directory, string model)
        : base(innerGenerator)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        _model = model;
        var safeName = string.Concat(model.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '_'));
        _file = Path.Combine(directory, safeName + ".embeddings");
    }

    public string CacheFile => _file;

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToList();
        var query = EmbeddingInput.IsQuery(options);
        var keys = texts.Select(t => Key(t, query)).ToList();
        var vectors = new float[]?[texts.Count];
        var missing = new List<int>();
        lock (_lock)
        {
            var entries = Entries();
            for (var i = 0; i < texts.Count; i++)
            {
                if (entries.TryGetValue(keys[i], out var vector))
                {
                    vectors[i] = vector;
                }
                else
                {
                    missing.Add(i);
                }
            }
        }

        if (missing.Count > 0)
        {
            var distinct = missing.Select(i => keys[i]).Distinct(StringComparer.Ordinal).ToList();
            var textOf = missing.GroupBy(i => keys[i], StringComparer.Ordinal).ToDictionary(g => g.Key, g => texts[g.First()], StringComparer.Ordinal);
            var generated = await base.GenerateAsync(distinct.Select(k => textOf[k]), options, cancellationToken).ConfigureAwait(false);
            var fresh = new Dictionary<string, float[]>(StringComparer.Ordinal);
            for (var j = 0; j < distinct.Count; j++)
            {
                fresh[distinct[j]] = generated[j].Vector.ToArray();
            }

            lock (_lock)
            {
                Append(fresh);
            }

            foreach (var i in missing)
            {
                vectors[i] = fresh[keys[i]];
            }
        }

        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Count);
        foreach (var vector in vectors)
        {
            result.Add(new Embedding<float>(vector!) { ModelId = _model });
        }

        return result;
    }

    /// <summary>A question is keyed apart from the same text as a passage: models with query prefixes embed them differently.</summary>
    private static string Key(string text, bool query) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(query ? QueryKeyPrefix + text : text)));

    private Dictionary<string, float[]> Entries()
    {
        if (_entries is not null)
        {
            return _entries;
        }

        _entries = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (!File.Exists(_file))
        {
            return _entries;
        }

        var bytes = File.ReadAllBytes(_file);
        var position = 0;
        while (position + HeaderLength <= bytes.Length)
        {
            var key = Convert.ToHexString(bytes, position, HashLength);
            var dimensions = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(position + HashLength));
            var length = dimensions * sizeof(float);
            if (dimensions <= 0 || position + HeaderLength + length > bytes.Length)
            {
                break;
            }

            _entries[key] = MemoryMarshal.Cast<byte, float>(bytes.AsSpan(position + HeaderLength, length)).ToArray();
            position += HeaderLength + length;
        }

        return _entries;
    }

    private void Append(Dictionary<string, float[]> fresh)
    {
        var entries = Entries();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_file))!);
        using var stream = new FileStream(_file, FileMode.Append, FileAccess.Write, FileShare.Read);
        Span<byte> header = stackalloc byte[HeaderLength];
        foreach (var (key, vector) in fresh)
        {
            if (!entries.TryAdd(key, vector))
            {
                continue;
            }

            Convert.FromHexString(key).CopyTo(header);
            BinaryPrimitives.WriteInt32LittleEndian(header[HashLength..], vector.Length);
            stream.Write(header);
            stream.Write(MemoryMarshal.AsBytes(vector.AsSpan()));
        }
    }
}
