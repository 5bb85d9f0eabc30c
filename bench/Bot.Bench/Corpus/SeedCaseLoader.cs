using System.Text.Json;

namespace Bot.Bench.Corpus;

/// <summary>Reads eval/dev.jsonl (one case per line).</summary>
internal static class SeedCaseLoader
{
    public static IReadOnlyList<SeedCase> Load(string path)
        => Parse(File.ReadLines(path));

    public static IReadOnlyList<SeedCase> Parse(IEnumerable<string> lines)
    {
        var cases = new List<SeedCase>();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var row = json.RootElement;
            cases.Add(new SeedCase(
                row.GetProperty("id").GetString() ?? "",
                row.GetProperty("question").GetString() ?? "",
                row.GetProperty("answerable").GetBoolean(),
                row.TryGetProperty("expect", out var expect) ? expect.GetString() : null,
                Strings(row, "gold"),
                Strings(row, "allowed"),
                Strings(row, "forbid")));
        }

        return cases;
    }

    private static List<string> Strings(JsonElement row, string name)
        => row.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [];
}
