using System.Text.Json;

namespace Bot.Bench.Corpus;

/// <summary>Trans SQuAD: SQuAD 2.0 dev machine-translated into Indonesian (IDK-MRC's layout); only the answer trainer reads it.</summary>
internal static class SquadTransLoader
{
    public const string Name = "squad2-id-mt";

    public const string FileName = "trans_squad_dev.json";

    public static QaDataset Load(string datasetsFolder)
    {
        using var stream = File.OpenRead(Path.Combine(datasetsFolder, Name, FileName));
        using var json = JsonDocument.Parse(stream);
        var pool = new PassagePool(Name);
        var items = new List<QaItem>();
        foreach (var paragraph in json.RootElement.EnumerateArray())
        {
            SquadJson.ReadParagraph(paragraph, pool, items);
        }

        return new QaDataset(Name, "Trans SQuAD 2.0 dev (ID, machine-translated, half unanswerable)", pool.Passages, items);
    }
}
