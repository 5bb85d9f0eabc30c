using System.Text.Json;
using Bot.Bench.Corpus;
using Bot.Core.Language;

namespace Bot.Tools.LexiconBuilder;

/// <summary>
/// English/Indonesian text pairs from the training half of XQuAD (see <see cref="XquadHalves"/>):
/// every question with each of its Indonesian translations, every answer span with its translated
/// span, and every paragraph with each translation — sentence by sentence when both sides have the
/// same number of sentences, else whole.
/// </summary>
internal static class ParallelText
{
    private static readonly string[] Versions = ["id_trans_squad", "id_marianmt_tar"];

    public static List<(string English, string Indonesian)> TrainingPairs(string datasetsFolder, out int trainingTitles, out int heldOutTitles)
    {
        var rows = File.ReadLines(Path.Combine(datasetsFolder, "xquad-en-x-squad-id", "crosslingual_en_question_id_passage.jsonl"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToList();
        var titles = rows.Select(r => r.GetProperty("title").GetString() ?? "").ToList();
        var training = XquadHalves.TrainingTitles(titles);
        trainingTitles = training.Count;
        heldOutTitles = titles.Distinct(StringComparer.Ordinal).Count() - training.Count;

        var pairs = new List<(string, string)>();
        var paragraphs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => training.Contains(r.GetProperty("title").GetString() ?? "")))
        {
            var englishParagraph = row.GetProperty("context_en").GetString() ?? "";
            var englishAnswers = row.GetProperty("answers_en").EnumerateArray().Select(a => a.GetString() ?? "").ToList();
            foreach (var version in Versions)
            {
                if (!row.TryGetProperty(version, out var indonesian))
                {
                    continue;
                }

                pairs.Add((row.GetProperty("question_en").GetString() ?? "", indonesian.GetProperty("question_id").GetString() ?? ""));
                var indonesianAnswers = indonesian.GetProperty("answers_id").EnumerateArray().Select(a => a.GetProperty("text").GetString() ?? "").Distinct(StringComparer.Ordinal).ToList();
                if (englishAnswers.Count > 0 && indonesianAnswers.Count > 0)
                {
                    pairs.Add((englishAnswers[0], indonesianAnswers[0]));
                }

                var indonesianParagraph = indonesian.GetProperty("context_id").GetString() ?? "";
                if (paragraphs.Add(version + "\n" + englishParagraph))
                {
                    pairs.AddRange(Sentences(englishParagraph, indonesianParagraph));
                }
            }
        }

        return pairs;
    }

    private static IEnumerable<(string, string)> Sentences(string english, string indonesian)
    {
        var englishSentences = SentenceSplitter.Split(english);
        var indonesianSentences = SentenceSplitter.Split(indonesian);
        return englishSentences.Count == indonesianSentences.Count
            ? englishSentences.Zip(indonesianSentences)
            : [(english, indonesian)];
    }
}
