using Bot.Core.Articles;
using Bot.Core.Search;
using Bot.Core.Time;

namespace Bot.Core.Tests.Search;

public sealed class DeferredDatesTests
{
    private static readonly PublicationDate Published = new(new DateOnly(2022, 10, 22), null, null, true, "date line");

    private static IReadOnlyList<Article> Corpus() =>
    [
        new("a", "Telepon", "Outlet", Published, [], [], null, [new ArticleBlock("Austin menelepon Shoigu pada Jumat (21/10/2022). Mereka terakhir bicara pada 13 Mei.", BlockKind.Body), new ArticleBlock("Pembicaraan berlangsung kemarin sore. Pentagon tidak merinci isinya.", BlockKind.Body)], "a.txt"),
        new("b", "Ulang", "Outlet", null, [], [], null, [new ArticleBlock("Panggilan itu yang pertama sejak 13 Mei 2022. Kedua menteri membahas Ukraina.", BlockKind.Body)], "b.txt"),
    ];

    [Fact]
    public void Build_LeavesDatesUnresolvedUntilFirstRead()
    {
        var knowledgeBase = KnowledgeBase.Build(Corpus());
        var dates = DatesOf(knowledgeBase);

        Assert.False(dates.IsResolved);
        Assert.NotEmpty(knowledgeBase.Retriever.Retrieve("Austin Shoigu", 3));
        Assert.False(dates.IsResolved);

        _ = knowledgeBase.Sentences["a"][0].Dates;

        Assert.True(dates.IsResolved);
    }

    [Fact]
    public void Dates_EqualTheCorpusResolversOnTheSameSentences()
    {
        var articles = Corpus();
        var knowledgeBase = KnowledgeBase.Build(articles);
        var eager = new CorpusDateResolver().Resolve(
            [.. articles.Select(a => new ArticleSentences(a.Id, a.Published?.Date, [.. knowledgeBase.Sentences[a.Id].Select(s => s.Text)]) { PublishedStated = a.Published?.Stated ?? false })]);

        var mentions = 0;
        foreach (var article in articles)
        {
            foreach (var sentence in knowledgeBase.Sentences[article.Id])
            {
                Assert.Equal(eager.For(article.Id, sentence.Index), sentence.Dates);
                mentions += sentence.Dates.Count;
            }
        }

        Assert.True(mentions >= 3, $"only {mentions} mentions resolved");
        var passage = knowledgeBase.Passages.First(p => p.ArticleId == "a" && p.FirstSentence == 0);
        Assert.Equal(knowledgeBase.Sentences["a"].Take(passage.Sentences.Count).SelectMany(s => s.Dates), passage.Dates);
        Assert.Equal(knowledgeBase.Sentences.Values.SelectMany(s => s).SelectMany(s => s.Dates).Max(d => d.Date), knowledgeBase.LatestMentionedDate);
    }

    [Fact]
    public void Passage_HashDoesNotChangeWhenItsDatesAreFirstRead()
    {
        var passage = KnowledgeBase.Build(Corpus()).Passages[0];
        var before = passage.GetHashCode();

        _ = passage.Dates;

        Assert.Equal(before, passage.GetHashCode());
    }

    private static DeferredDates DatesOf(KnowledgeBase knowledgeBase)
    {
        var field = typeof(ArticleSentence).GetField("_deferred", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        return (DeferredDates)field.GetValue(knowledgeBase.Sentences["a"][0])!;
    }
}
