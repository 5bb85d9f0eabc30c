using System.Text.RegularExpressions;

namespace Bot.Tests.Eval;

/// <summary>The bank itself is well formed: a question that cannot be scored would silently measure nothing.</summary>
public sealed class BankIntegrityTests
{
    private static readonly string[] Types = ["when", "who", "where", "how-long", "how-many", "what", "yes-no", "metadata", "unanswerable"];

    private static readonly string[] Languages = ["en", "id"];

    private static readonly IReadOnlyList<EvalCase> Cases = BankFixture.Cases();

    [Fact]
    public void Bank_HasAtLeast200UniqueQuestions()
    {
        Assert.True(Cases.Count >= 200, $"{Cases.Count} questions");
        Assert.Equal(Cases.Count, Cases.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Cases.Count, Cases.Select(c => c.Question).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Bank_EveryCaseNamesAKnownTypeLanguageAndCorpus()
    {
        foreach (var c in Cases)
        {
            Assert.Contains(c.Type, Types);
            Assert.Contains(c.Lang, Languages);
            Assert.False(string.IsNullOrEmpty(c.Kind), c.Id);
            Assert.True(Directory.Exists(BankFixture.CorpusFolder(c.Corpus ?? "")), $"{c.Id}: no corpus folder '{c.Corpus}'");
        }
    }

    [Fact]
    public void Bank_EveryCorpusAsksEveryTypeInBothLanguages()
    {
        foreach (var corpus in Cases.GroupBy(c => c.Corpus))
        {
            foreach (var type in Types)
            {
                foreach (var lang in Languages)
                {
                    Assert.True(corpus.Any(c => c.Type == type && c.Lang == lang), $"corpus {corpus.Key} has no {type} question in {lang}");
                }
            }
        }
    }

    [Fact]
    public void Bank_AnswerableCasesHaveExpectGoldAndAllowedCitationsOfRealArticles()
    {
        foreach (var c in Cases.Where(c => c.Answerable))
        {
            var articles = Directory.EnumerateFiles(BankFixture.CorpusFolder(c.Corpus!), "*.txt", SearchOption.AllDirectories)
                .Select(Path.GetFileNameWithoutExtension)
                .ToHashSet(StringComparer.Ordinal);
            Assert.False(string.IsNullOrEmpty(c.Expect), c.Id);
            Assert.NotEmpty(c.Gold ?? []);
            Assert.All(c.Allowed ?? [], a => Assert.Contains(a, articles));
            Assert.All(c.Gold!, g => Assert.Contains(g, c.Allowed ?? []));
            Assert.NotEqual("unanswerable", c.Type);
        }
    }

    [Fact]
    public void Bank_UnanswerableCasesExpectNothing()
    {
        foreach (var c in Cases.Where(c => !c.Answerable))
        {
            Assert.Equal("unanswerable", c.Type);
            Assert.Null(c.Expect);
            Assert.Null(c.Gold);
        }
    }

    [Fact]
    public void Bank_EveryPatternCompiles()
    {
        foreach (var c in Cases)
        {
            foreach (var pattern in (c.Forbid ?? []).Append(c.Expect).OfType<string>())
            {
                var ex = Record.Exception(() => new Regex(pattern, RegexOptions.IgnoreCase));
                Assert.True(ex is null, $"{c.Id}: /{pattern}/ {ex?.Message}");
            }
        }
    }
}
