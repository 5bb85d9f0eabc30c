using Bot.Core.Answering.Extractive;
using Bot.Core.Articles;
using Bot.Testing.Properties;
using CsCheck;

namespace Bot.Core.Tests.Properties;

/// <summary>Any bytes become an article or a named skip, never an exception, and every article can be indexed.</summary>
public sealed class ArticleParserProperties
{
    [Fact]
    public void Parse_AnyBytes_GivesArticleOrNamedReason()
    {
        HostileText.FileBytes.Sample(
            bytes =>
            {
                var (article, reason) = ArticleLoader.Parse(bytes, "/articles/x.txt");
                Assert.True(article is null != (reason is null), "exactly one of article and reason");
                if (article is null)
                {
                    Assert.False(string.IsNullOrWhiteSpace(reason));
                    return;
                }

                Assert.Equal("x", article.Id);
                Assert.NotNull(article.Title);
                Assert.NotEmpty(article.Blocks);
                Assert.All(article.Blocks, b => Assert.NotNull(b.Text));
            },
            iter: PropertyRuns.Some,
            threads: PropertyRuns.Threads);
    }

    [Fact]
    public void Build_AnyParsedArticles_IndexesSearchesAndCitesOnlyRealText()
    {
        Gen.Select(HostileText.FileBytes, HostileText.FileBytes, HostileText.Question).Sample(
            (first, second, question) =>
            {
                var articles = new[] { ArticleLoader.Parse(first, "a.txt").Article, ArticleLoader.Parse(second, "b.txt").Article }
                    .OfType<Article>()
                    .ToList();
                var knowledge = KnowledgeBase.Build(articles);
                var hits = knowledge.Retriever.Retrieve(question, 5);
                Assert.All(hits, h => Assert.Contains(h.Passage, knowledge.Passages));

                // Whatever the articles say, a citation quotes text of the article it names.
                var answer = new ExtractiveAnswerer(knowledge).Answer(question);
                Assert.False(string.IsNullOrWhiteSpace(answer.Text));
                foreach (var citation in answer.Citations)
                {
                    var article = knowledge.Article(citation.Article);
                    var quoted = citation.Quote.EndsWith('…') ? citation.Quote[..^1] : citation.Quote;
                    // A quote is a passage of the article it names (its metadata passage included), or runs
                    // over neighbouring sentences of that article; never text of another article.
                    var sentences = string.Join(' ', knowledge.Sentences[article.Id].Select(s => s.Text));
                    Assert.True(
                        sentences.Contains(quoted, StringComparison.Ordinal)
                            || knowledge.Passages.Any(p => p.ArticleId == article.Id && p.Text.Contains(quoted, StringComparison.Ordinal)),
                        $"[{citation.N}] quotes \"{citation.Quote}\", which is not in {article.Id}");
                }
            },
            iter: PropertyRuns.Some / 3,
            threads: PropertyRuns.Threads);
    }
}
