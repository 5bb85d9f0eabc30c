using Bot.Core.Time;
using Bot.Testing.Properties;
using CsCheck;

namespace Bot.Core.Tests.Properties;

/// <summary>Date mention finding and resolution on any text against any plausible reference date.</summary>
public sealed class DateProperties
{
    /// <summary>Publication dates the parsers can produce (years 1900–2099), and the edges of that range.</summary>
    private static readonly Gen<DateOnly> Reference = Gen.Frequency(
        (6, Gen.Select(Gen.Int[1900, 2099], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => new DateOnly(y, m, d))),
        (1, Gen.OneOf(new DateOnly(1900, 1, 1), new DateOnly(2099, 12, 31), new DateOnly(2024, 2, 29))));

    [Fact]
    public void Find_AnyText_GivesMentionsInsideTheText()
    {
        Gen.Select(HostileText.Text(40), Reference).Sample(
            (text, reference) =>
            {
                foreach (var mention in DateMentionFinder.Find(text, reference))
                {
                    Assert.InRange(mention.Start, 0, text.Length);
                    Assert.InRange(mention.Length, 1, text.Length - mention.Start);
                    Assert.Equal(text.Substring(mention.Start, mention.Length), mention.Text);
                    Assert.False(string.IsNullOrWhiteSpace(mention.Reason));
                    Assert.True(Enum.IsDefined(mention.Granularity));
                }
            },
            iter: PropertyRuns.Many,
            threads: PropertyRuns.Threads);
    }

    [Fact]
    public void FindPatterns_AnyQuestion_GivesPatternsThatMatchTheirOwnResolution()
    {
        Gen.Select(HostileText.Question, Reference).Sample(
            (question, reference) =>
            {
                foreach (var pattern in DateMentionFinder.FindPatterns(question, reference))
                {
                    Assert.Equal(question.Substring(pattern.Start, pattern.Length), pattern.Text);
                    Assert.True(pattern.Month is null or (>= 1 and <= 12));
                    Assert.True(pattern.Day is null or (>= 1 and <= 31));
                    if (pattern.Resolved is { } resolved)
                    {
                        Assert.True(pattern.Matches(resolved), $"'{pattern.Text}' does not match its own resolution {resolved.Date}");
                    }
                }
            },
            iter: PropertyRuns.Many,
            threads: PropertyRuns.Threads);
    }

    [Fact]
    public void CorpusResolve_AnyArticles_GivesMentionsForEverySentence()
    {
        var article = Gen.Select(Reference.Nullable(), HostileText.Text(12).Array[0, 6], Gen.Bool);
        article.Array[0, 4].Sample(
            generated =>
            {
                var articles = generated
                    .Select((a, i) => new ArticleSentences($"a{i}", a.Item1, a.Item2) { PublishedStated = a.Item3 })
                    .ToList();
                var dates = new CorpusDateResolver().Resolve(articles);
                foreach (var a in articles)
                {
                    for (var s = 0; s < a.Sentences.Count; s++)
                    {
                        foreach (var mention in dates.For(a.ArticleId, s))
                        {
                            Assert.Equal(a.Sentences[s].Substring(mention.Start, mention.Length), mention.Text);
                        }
                    }
                }
            },
            iter: PropertyRuns.Some,
            threads: PropertyRuns.Threads);
    }

    [Fact]
    public void PublicationDate_AnyLine_ParsesOnlyTheYearItStates()
    {
        HostileText.Text(10).Sample(
            line =>
            {
                if (PublicationDateParser.TryParse(line, out var published))
                {
                    // A date line states its year in full; a parsed date whose year is not in the line was made up.
                    Assert.Contains(published.Date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
                }
            },
            iter: PropertyRuns.Many,
            threads: PropertyRuns.Threads);
    }
}
