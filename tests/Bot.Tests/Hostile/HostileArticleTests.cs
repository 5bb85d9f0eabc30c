using System.Text.Json.Nodes;
using Bot.Core;
using Bot.Core.Articles;
using Bot.Tests.Commands;

namespace Bot.Tests.Hostile;

/// <summary>
/// The hostile corpus through the loader and the real <c>ask</c> command (extractive engine):
/// every file is read correctly or skipped with a warning that names it, and every citation
/// quotes a real passage of the article it names.
/// </summary>
public sealed class HostileArticleTests : IClassFixture<HostileArticleTests.Corpus>
{
    private readonly Corpus corpus;

    public HostileArticleTests(Corpus corpus) => this.corpus = corpus;

    public static TheoryData<string> CaseNames() => [.. HostileCorpus.Cases.Select(c => c.Name)];

    [Fact]
    public void Corpus_HasAtLeastThirtyCases() => Assert.True(HostileCorpus.Cases.Count + HostileCorpus.Questions.Count >= 30);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Loader_EachFile_IsReadCorrectlyOrSkippedByName(string name)
    {
        var c = HostileCorpus.Cases.Single(c => c.Name == name);
        var id = Path.GetFileNameWithoutExtension(c.FileName);
        var article = corpus.Loaded.Articles.SingleOrDefault(a => a.SourcePath == corpus.Files.PathOf(c));
        var skipped = corpus.Loaded.Skipped.SingleOrDefault(s => s.Path == corpus.Files.PathOf(c));

        if (c.Loads)
        {
            Assert.True(article is not null, $"{name} was skipped: {skipped?.Reason}");
            Assert.Equal(id, article.Id);
            Assert.Contains("Sergei Shoigu pada Jumat (21/10/2022)", article.BodyText, StringComparison.Ordinal);
            if (c.Probe is { } probe)
            {
                Assert.Contains(probe, article.BodyText, StringComparison.Ordinal);
            }
        }
        else
        {
            Assert.Null(article);
            Assert.True(skipped is not null, $"{name} neither loaded nor skipped");
            Assert.False(string.IsNullOrWhiteSpace(skipped.Reason));
        }
    }

    [Fact]
    public void Loader_FilesOverTheSizeLimit_AreSkippedUnreadWithTheirSize()
    {
        var huge = corpus.Loaded.Skipped.Single(s => s.Path.EndsWith("huge.txt", StringComparison.Ordinal));
        Assert.Contains("too large", huge.Reason, StringComparison.Ordinal);
        Assert.Contains("52,428,800", huge.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AskBatch_HostileQuestionsOverHostileArticles_NameEverySkippedFileAndCiteOnlyRealPassages()
    {
        var run = corpus.Batch;
        Assert.Equal(0, run.ExitCode);
        foreach (var c in HostileCorpus.Cases.Where(c => !c.Loads))
        {
            Assert.Contains($"warning: skipped {corpus.Files.PathOf(c)}:", run.Error, StringComparison.Ordinal);
        }

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(HostileCorpus.Questions.Count, lines.Length);
        var cited = 0;
        foreach (var line in lines)
        {
            var answer = JsonNode.Parse(line)!;
            Assert.Equal("extractive", answer["engine"]!.GetValue<string>());
            foreach (var citation in answer["citations"]!.AsArray())
            {
                var id = citation!["article"]!.GetValue<string>();
                var quote = citation["quote"]!.GetValue<string>().TrimEnd('…');
                Assert.True(corpus.Knowledge.Articles.Any(a => a.Id == id), $"citation of unknown article {id}");
                var sentences = string.Join(' ', corpus.Knowledge.Sentences[id].Select(s => s.Text));
                Assert.True(
                    sentences.Contains(quote, StringComparison.Ordinal) || corpus.Knowledge.Passages.Any(p => p.ArticleId == id && p.Text.Contains(quote, StringComparison.Ordinal)),
                    $"'{quote}' is no passage of {id}");
                cited++;
            }

            // The answer text's markers number the listed citations, nothing else.
            var count = answer["citations"]!.AsArray().Count;
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(answer["answer"]!.GetValue<string>(), @"\[(\d+)\]", System.Text.RegularExpressions.RegexOptions.None, RegexBudget.MatchTimeout))
            {
                var n = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(n >= 1 && n <= count, $"marker [{n}] with {count} citations in: {answer["answer"]}");
            }
        }

        Assert.True(cited > 0, "no answer cited anything: the check above checked nothing");
    }

    /// <summary>The corpus on disk, loaded once, and the ask --batch run over it.</summary>
    public sealed class Corpus : IDisposable
    {
        public Corpus()
        {
            Files = new HostileCorpus();
            Loaded = new ArticleLoader().LoadFolder(Files.Folder);
            Knowledge = KnowledgeBase.Build(Loaded.Articles);
            var questions = Path.Combine(Files.Folder, "questions.lst");
            File.WriteAllLines(questions, HostileCorpus.Questions);
            Batch = BotRun.RunAsync("ask", "--json", "--batch", questions, "--Articles:Path=" + Files.Folder).GetAwaiter().GetResult();
        }

        internal HostileCorpus Files { get; }

        public ArticleLoadResult Loaded { get; }

        public KnowledgeBase Knowledge { get; }

        internal BotRun Batch { get; }

        public void Dispose() => Files.Dispose();
    }
}
