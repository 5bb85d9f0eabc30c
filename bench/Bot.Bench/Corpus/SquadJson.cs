using System.Text.Json;

namespace Bot.Bench.Corpus;

/// <summary>Reads the paragraph objects shared by the SQuAD-style files: context, qas[id, question, is_impossible, answers[text]].</summary>
internal static class SquadJson
{
    public static void ReadParagraph(JsonElement paragraph, PassagePool pool, List<QaItem> items)
    {
        var passageId = pool.Add(paragraph.GetProperty("context").GetString() ?? "");
        foreach (var qa in paragraph.GetProperty("qas").EnumerateArray())
        {
            var impossible = qa.TryGetProperty("is_impossible", out var flag) && flag.GetBoolean();
            var answers = qa.GetProperty("answers").EnumerateArray()
                .Select(a => a.GetProperty("text").GetString() ?? "")
                .Where(t => t.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            items.Add(new QaItem(
                qa.GetProperty("id").GetString() ?? "",
                qa.GetProperty("question").GetString() ?? "",
                impossible ? null : passageId,
                answers));
        }
    }
}
