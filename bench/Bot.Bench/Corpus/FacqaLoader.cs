using System.Text.Json;

namespace Bot.Bench.Corpus;

/// <summary>FacQA test: factoid questions over short Indonesian news excerpts.</summary>
internal static class FacqaLoader
{
    public const string Name = "facqa";

    public static QaDataset Load(string datasetsFolder, string split = "test")
    {
        var pool = new PassagePool(Name);
        var items = new List<QaItem>();
        foreach (var line in File.ReadLines(Path.Combine(datasetsFolder, "facqa", $"facqa_{split}.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var row = json.RootElement;
            var passageId = pool.Add(row.GetProperty("passage").GetString() ?? "");
            var answers = row.GetProperty("answers").EnumerateArray().Select(a => a.GetString() ?? "").Where(a => a.Length > 0).ToList();
            items.Add(new QaItem(row.GetProperty("id").GetString() ?? "", row.GetProperty("question").GetString() ?? "", passageId, answers));
        }

        return new QaDataset(Name, $"FacQA {split} (ID news)", pool.Passages, items);
    }
}
