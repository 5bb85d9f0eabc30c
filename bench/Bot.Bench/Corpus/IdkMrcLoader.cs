using System.Text.Json;

namespace Bot.Bench.Corpus;

/// <summary>IDK-MRC test split: Indonesian Wikipedia paragraphs, half the questions unanswerable.</summary>
internal static class IdkMrcLoader
{
    public const string Name = "idk-mrc";

    public static QaDataset Load(string datasetsFolder, string split = "test")
    {
        using var stream = File.OpenRead(Path.Combine(datasetsFolder, "idk-mrc", $"{split}.json"));
        using var json = JsonDocument.Parse(stream);
        var pool = new PassagePool(Name);
        var items = new List<QaItem>();
        foreach (var paragraph in json.RootElement.EnumerateArray())
        {
            SquadJson.ReadParagraph(paragraph, pool, items);
        }

        return new QaDataset(Name, $"IDK-MRC {split} (ID, half unanswerable)", pool.Passages, items);
    }
}
