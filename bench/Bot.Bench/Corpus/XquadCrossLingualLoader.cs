using System.Text.Json;

namespace Bot.Bench.Corpus;

/// <summary>
/// XQuAD English questions over machine-translated Indonesian paragraphs. Each English paragraph
/// gets one Indonesian version (Trans SQuAD when any of its questions has it, else MarianMT), so
/// the pool never holds two translations of the same paragraph; questions without that version are left out.
/// Accepted answers: the Indonesian spans and the English ones. Only the questions of the held-out
/// half of the articles are asked (see <see cref="XquadHalves"/>: the other half trained the
/// translation table); every paragraph stays in the pool.
/// </summary>
internal static class XquadCrossLingualLoader
{
    public const string Name = "xquad-en-id";

    private const string TransSquad = "id_trans_squad";
    private const string MarianMt = "id_marianmt_tar";

    public static QaDataset Load(string datasetsFolder)
    {
        var rows = File.ReadLines(Path.Combine(datasetsFolder, "xquad-en-x-squad-id", "crosslingual_en_question_id_passage.jsonl"))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToList();
        var versionByParagraph = rows
            .GroupBy(r => r.GetProperty("context_en").GetString() ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Any(r => r.TryGetProperty(TransSquad, out _)) ? TransSquad : MarianMt, StringComparer.Ordinal);

        var training = XquadHalves.TrainingTitles(rows.Select(r => r.GetProperty("title").GetString() ?? ""));
        var pool = new PassagePool(Name);
        var items = new List<QaItem>();
        foreach (var row in rows)
        {
            var version = versionByParagraph[row.GetProperty("context_en").GetString() ?? ""];
            if (!row.TryGetProperty(version, out var indonesian))
            {
                continue;
            }

            var passageId = pool.Add(indonesian.GetProperty("context_id").GetString() ?? "");
            if (training.Contains(row.GetProperty("title").GetString() ?? ""))
            {
                continue;
            }

            var answers = indonesian.GetProperty("answers_id").EnumerateArray().Select(a => a.GetProperty("text").GetString() ?? "")
                .Concat(row.GetProperty("answers_en").EnumerateArray().Select(a => a.GetString() ?? ""))
                .Where(a => a.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            items.Add(new QaItem(row.GetProperty("id").GetString() ?? "", row.GetProperty("question_en").GetString() ?? "", passageId, answers));
        }

        return new QaDataset(Name, "XQuAD EN question -> ID passage (held-out half)", pool.Passages, items);
    }
}
