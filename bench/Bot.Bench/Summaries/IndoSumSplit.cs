namespace Bot.Bench.Summaries;

/// <summary>Which part of IndoSum an article belongs to.</summary>
internal enum IndoSumPart
{
    Train,
    Valid,
    Test,
}

/// <summary>
/// The fixed split of IndoSum by article id: a hash of the id (the first four bytes of its SHA-256,
/// so no runtime, seed or order of the file changes it) puts 20% of the articles in the held-out test part, 10% in valid (for choosing
/// the stopping threshold and regularisation) and the rest in train. The summary-weights tool
/// trains on train and valid only; the bench reports test.
/// </summary>
internal static class IndoSumSplit
{
    private const int Buckets = 10;

    public static IndoSumPart PartOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return (Hash(id) % Buckets) switch
        {
            0 or 1 => IndoSumPart.Test,
            2 => IndoSumPart.Valid,
            _ => IndoSumPart.Train,
        };
    }

    public static IReadOnlyList<IndoSumArticle> Part(IReadOnlyList<IndoSumArticle> articles, IndoSumPart part)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return [.. articles.Where(a => PartOf(a.Id) == part)];
    }

    private static uint Hash(string text)
        => System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
