using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Bench.Summaries;

/// <summary>
/// Reads IndoSum (dev folds 1–5, the detokenised union; CC BY-SA 4.0) from the shared datasets
/// folder. Articles are deduplicated by id and by body text, and ordered by id, so every reader
/// sees the same list.
/// </summary>
internal static partial class IndoSumLoader
{
    public const string Name = "indosum";

    public const string FileName = "indosum_dev_union_detok.jsonl";

    /// <summary>Western Indonesian Time: the outlets' clock, for the publication day of an id's Unix time.</summary>
    private static readonly TimeSpan Jakarta = TimeSpan.FromHours(7);

    public static IReadOnlyList<IndoSumArticle> Load(string datasetsFolder)
        => Parse(File.ReadLines(Path.Combine(datasetsFolder, Name, FileName)));

    public static IReadOnlyList<IndoSumArticle> Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var byId = new SortedDictionary<string, IndoSumArticle>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var article = ParseLine(line);
            byId.TryAdd(article.Id, article);
        }

        var bodies = new HashSet<string>(StringComparer.Ordinal);
        return [.. byId.Values.Where(a => bodies.Add(string.Join('\n', a.Sentences)))];
    }

    private static IndoSumArticle ParseLine(string line)
    {
        using var json = JsonDocument.Parse(line);
        var row = json.RootElement;
        var id = row.GetProperty("id").GetString() ?? throw new FormatException("IndoSum row without id");
        var paragraphs = row.GetProperty("paragraphs").EnumerateArray()
            .Select(p => (IReadOnlyList<string>)[.. p.EnumerateArray().Select(s => s.GetString() ?? "")])
            .ToList();
        var labels = row.GetProperty("gold_labels").EnumerateArray()
            .Select(p => (IReadOnlyList<bool>)[.. p.EnumerateArray().Select(b => b.GetBoolean())])
            .ToList();
        if (labels.Count != paragraphs.Count || labels.Where((l, i) => l.Count != paragraphs[i].Count).Any())
        {
            throw new FormatException($"IndoSum article {id}: gold labels do not match its sentences");
        }

        var url = row.GetProperty("source_url").GetString() ?? "";
        return new IndoSumArticle(
            id,
            row.GetProperty("source").GetString() ?? "",
            row.GetProperty("category").GetString() ?? "",
            TitleFromUrl(url, id),
            Published(id),
            paragraphs,
            labels,
            row.GetProperty("summary").GetString() ?? "");
    }

    /// <summary>IndoSum keeps no headline; the URL's slug ("bocor-james-bond-nikah-di-sekuel-terbaru") is the closest thing.</summary>
    internal static string TitleFromUrl(string url, string id)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        var slug = path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Extension().Replace(s, ""))
            .LastOrDefault(s => s.Count(c => c == '-') >= 2 && s.Any(char.IsLetter))
            ?? id[(id.IndexOf('-', StringComparison.Ordinal) + 1)..];
        var words = LeadingNumbers().Replace(slug, "").Split('-', StringSplitOptions.RemoveEmptyEntries);
        var title = string.Join(' ', words);
        return title.Length == 0 ? title : char.ToUpper(title[0], CultureInfo.InvariantCulture) + title[1..];
    }

    /// <summary>An id starts with the Unix time of publication ("1504900800-bocor-…").</summary>
    private static DateTimeOffset Published(string id)
    {
        var digits = id.Split('-')[0];
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(Jakarta)
            : throw new FormatException($"IndoSum id {id} does not start with a Unix time");
    }

    [GeneratedRegex(@"\.(html?|php|aspx?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Extension();

    // cnnindonesia slugs start with "20161112230644-142-172253-…"-like ids in their own segment; some slugs still start with digits and a dash.
    [GeneratedRegex(@"^(\d+-)+(?=[a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNumbers();
}
