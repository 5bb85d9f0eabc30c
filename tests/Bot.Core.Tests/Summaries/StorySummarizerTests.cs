using Bot.Core.Summaries;

namespace Bot.Core.Tests.Summaries;

public sealed class StorySummarizerTests
{
    private static IReadOnlyList<StorySummary> Plan() => DigestPlanner.Plan(SeedCorpus.KnowledgeBase, new HashSet<string>(StringComparer.Ordinal));

    [Fact]
    public void Summarize_SeedStories_ThreeToFiveSentencesEachCited()
    {
        foreach (var summary in Plan())
        {
            Assert.InRange(summary.Sentences.Count, 3, 5);
            Assert.All(summary.Sentences, s => Assert.NotEmpty(s.Sources));
            Assert.All(summary.Sentences.SelectMany(s => s.Sources), n => Assert.InRange(n, 1, summary.Sources.Count));
        }
    }

    [Fact]
    public void Summarize_SeedStories_FirstSentenceStatesTheEventDay()
    {
        var kb = SeedCorpus.KnowledgeBase;
        foreach (var summary in Plan())
        {
            var first = summary.Sentences[0];
            var dates = kb.Sentences[first.ArticleId].Where(s => SentenceCleaner.Clean(s.Text, SummaryOptions.Default.MaxDatelineLength, kb.Article(first.ArticleId).Outlet) == first.Text).SelectMany(s => s.Dates);
            Assert.Contains(dates, d => d.Date == summary.Story.EventDate);
        }
    }

    [Fact]
    public void Summarize_SentencesComeFromTheirCitedArticle()
    {
        var kb = SeedCorpus.KnowledgeBase;
        foreach (var summary in Plan())
        {
            foreach (var sentence in summary.Sentences)
            {
                var own = summary.Sources.Select((a, i) => (a.Id, N: i + 1)).Single(x => x.Id == sentence.ArticleId).N;
                Assert.Contains(own, sentence.Sources);
                Assert.Contains(kb.Sentences[sentence.ArticleId], s => s.Text.Contains(sentence.Text, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Summarize_NoTwoSentencesNearlyTheSame()
    {
        var analyzer = SeedCorpus.KnowledgeBase.Analyzer;
        foreach (var summary in Plan())
        {
            var sets = summary.Sentences.Select(s => analyzer.DocumentTerms(s.Text).ToHashSet(StringComparer.Ordinal)).ToList();
            for (var i = 0; i < sets.Count; i++)
            {
                for (var j = i + 1; j < sets.Count; j++)
                {
                    var jaccard = (double)sets[i].Intersect(sets[j]).Count() / sets[i].Union(sets[j]).Count();
                    Assert.True(jaccard < 0.6, $"'{summary.Sentences[i].Text}' repeats '{summary.Sentences[j].Text}'");
                }
            }
        }
    }

    [Fact]
    public void Plan_StoryThatGrew_UpdateCitesOnlyTheNewArticle()
    {
        var kb = SeedCorpus.KnowledgeBase;
        var posted = kb.Articles.Where(a => !a.Id.StartsWith("004", StringComparison.Ordinal)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        var update = Assert.Single(DigestPlanner.Plan(kb, posted));

        Assert.True(update.IsUpdate);
        Assert.Equal(["004"], update.Sources.Select(a => a.Id[..3]));
        Assert.All(update.Sentences, s => Assert.Equal([1], s.Sources));
    }

    [Fact]
    public void Plan_EverythingPosted_Nothing()
    {
        var kb = SeedCorpus.KnowledgeBase;

        Assert.Empty(DigestPlanner.Plan(kb, kb.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal)));
    }
}
