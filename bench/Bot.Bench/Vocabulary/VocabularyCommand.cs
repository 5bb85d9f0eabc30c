using System.Globalization;
using System.Text;
using System.Text.Json;
using Bot.Bench.Corpus;
using Bot.Bench.Reporting;
using Bot.Core.Articles;
using Bot.Core.Language;

namespace Bot.Bench.Vocabulary;

/// <summary>
/// The <c>vocabulary</c> command: the reach of the English → Indonesian vocabulary on the English
/// questions of the question bank (over their corpora) and of XQuAD's held-out half (over the
/// Indonesian paragraphs).
/// </summary>
internal static class VocabularyCommand
{
    public const string Name = "vocabulary";

    public static readonly IReadOnlyList<string> Options = ["shared", "out", "allow-debug"];

    public static async Task<int> RunAsync(BenchArguments arguments, RepositoryLayout layout, string configuration)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(layout);
        var reach = new VocabularyReach(TermAnalyzer.Default);
        var figures = new List<ReachFigures>
        {
            reach.Measure("question bank (English)", BankQuestions(layout.Root)),
            reach.Measure("XQuAD EN→ID held-out half", XquadQuestions(layout.Datasets)),
        };

        var machine = MachineInfo.Current(layout.Root, configuration);
        Console.WriteLine(Render(figures));
        Console.WriteLine(machine.Describe());
        var output = arguments.Text("out") ?? layout.ResultsFile;
        ResultsFile.Write(output, Name, machine, figures);
        await Console.Error.WriteLineAsync($"wrote {output}").ConfigureAwait(false);
        return 0;
    }

    public static string Render(IReadOnlyList<ReachFigures> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);
        var table = new MarkdownTable("questions", "n", "content words", "translated", "rendering in articles", "rendering in gold", "found in articles", "found in gold");
        foreach (var f in figures)
        {
            table.Add(f.Set, f.Questions.ToString(CultureInfo.InvariantCulture), f.ContentWords.ToString(CultureInfo.InvariantCulture), Percent(f.Translated), Percent(f.ReachedCorpus), Percent(f.ReachedGold), Percent(f.FoundCorpus), Percent(f.FoundGold));
        }

        var text = new StringBuilder("## Vocabulary reach (English questions → Indonesian articles)\n\n").Append(table).AppendLine()
            .AppendLine("translated: the word has an Indonesian rendering; rendering in articles / gold: a rendering's index term occurs in the articles asked over / in the question's gold articles; found: a rendering's term or the word's own term (names, loan words) occurs there.")
            .AppendLine();
        foreach (var f in figures)
        {
            text.Append(CultureInfo.InvariantCulture, $"Not found in the articles ({f.Set}): ").AppendJoin(", ", f.Unreached).AppendLine();
        }

        return text.ToString();
    }

    private static List<ReachQuestion> BankQuestions(string root)
    {
        var bank = Path.Combine(root, "tests", "Bot.Tests", "Eval", "bank.jsonl");
        var corpora = new Dictionary<string, Dictionary<string, HashSet<string>>>(StringComparer.Ordinal);
        var questions = new List<ReachQuestion>();
        foreach (var line in File.ReadLines(bank).Where(l => l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var row = json.RootElement;
            if (row.GetProperty("lang").GetString() != "en")
            {
                continue;
            }

            var corpus = row.TryGetProperty("corpus", out var c) ? c.GetString() ?? "seed" : "seed";
            if (!corpora.TryGetValue(corpus, out var articles))
            {
                var folder = corpus == "seed" ? Path.Combine(root, "articles") : Path.Combine(root, "tests", "Bot.Tests", "Eval", "corpora", corpus);
                articles = new ArticleLoader().LoadFolder(folder).Articles.ToDictionary(a => a.Id, Terms, StringComparer.Ordinal);
                corpora[corpus] = articles;
            }

            var all = articles.Values.SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
            var gold = row.TryGetProperty("gold", out var g)
                ? g.EnumerateArray().Select(e => e.GetString() ?? "").Where(articles.ContainsKey).SelectMany(id => articles[id]).ToHashSet(StringComparer.Ordinal)
                : [];
            questions.Add(new ReachQuestion(row.GetProperty("question").GetString() ?? "", all, gold));
        }

        return questions;
    }

    private static List<ReachQuestion> XquadQuestions(string datasets)
    {
        var dataset = XquadCrossLingualLoader.Load(datasets);
        var passages = dataset.Passages.ToDictionary(p => p.Id, p => TermAnalyzer.Default.DocumentTerms(p.Text).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var all = passages.Values.SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
        return dataset.Items.Select(i => new ReachQuestion(i.Question, all, i.GoldPassageId is { } id ? passages[id] : [])).ToList();
    }

    private static HashSet<string> Terms(Article article)
        => TermAnalyzer.Default.DocumentTerms(article.Title + "\n" + article.BodyText).ToHashSet(StringComparer.Ordinal);
}
