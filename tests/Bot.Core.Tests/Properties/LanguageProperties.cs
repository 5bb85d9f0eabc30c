using Bot.Core.Language;
using Bot.Testing.Properties;
using CsCheck;

namespace Bot.Core.Tests.Properties;

/// <summary>Tokenizer, sentence splitter, stemmers and term analysis on any text.</summary>
public sealed class LanguageProperties
{
    private static readonly Gen<string> Word = Gen.Frequency(
        (3, HostileText.Fragment.Select(f => f.ToLowerInvariant())),
        (3, Gen.String[Gen.Char['a', 'z'], 1, 14]),
        (1, Gen.String[Gen.Char, 0, 10]));

    [Fact]
    public void Tokenize_AnyText_GivesOrderedNonOverlappingSubstrings()
    {
        HostileText.Text(60).Sample(
            text =>
            {
                var end = 0;
                foreach (var token in Tokenizer.Tokenize(text))
                {
                    Assert.True(token.Start >= end, $"token at {token.Start} overlaps the previous one ending at {end}");
                    Assert.True(token.Length > 0);
                    Assert.Equal(text.Substring(token.Start, token.Length), token.Text);
                    Assert.True(Enum.IsDefined(token.Kind));
                    end = token.Start + token.Length;
                }
            },
            iter: PropertyRuns.Many,
            threads: PropertyRuns.Threads);
    }

    [Fact]
    public void SentenceSplit_AnyParagraph_KeepsEveryWord()
    {
        HostileText.Text(60).Sample(
            text =>
            {
                var sentences = SentenceSplitter.Split(text);
                Assert.All(sentences, s => Assert.False(string.IsNullOrWhiteSpace(s)));
                var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                var kept = string.Join(' ', sentences).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(words, kept);
            },
            iter: PropertyRuns.Many,
            threads: PropertyRuns.Threads);
    }

    /// <summary>
    /// The dictionary-checked stemmer returns either a known root or the word unchanged, so a
    /// stem is its own stem.
    /// </summary>
    [Fact]
    public void IndonesianStem_AnyWord_IsStableAndNeverLonger()
    {
        Word.Sample(
            word =>
            {
                var stem = IndonesianStemmer.Stem(word);
                Assert.True(stem.Length <= word.Length);
                Assert.Equal(stem, IndonesianStemmer.Stem(stem));
            },
            iter: PropertyRuns.Many,
            threads: PropertyRuns.Threads);
    }

    /// <summary>
    /// Porter2 is not idempotent by design: each pass strips one layer of suffixes, so a stem can
    /// be stemmed again ("agree" → "agre" → "agr", "accelerate" → "acceler" → "accel", "syringe"
    /// → "syring" → "syre"; 259 of the 7,892 FreeDict English headwords). What holds, and what
    /// matching relies on, is weaker: a stem is never longer than its word, and stemming again
    /// and again reaches a fixed point (it never grows or cycles; three passes at most over the
    /// FreeDict headwords). Index and questions stem once with the same function, so they meet.
    /// </summary>
    [Fact]
    public void EnglishStem_AnyWord_NeverGrowsAndReachesAFixedPoint()
    {
        Word.Sample(
            word =>
            {
                var current = word;
                for (var pass = 0; pass <= word.Length; pass++)
                {
                    var next = EnglishStemmer.Stem(current);
                    Assert.True(next.Length <= current.Length, $"'{current}' grew to '{next}'");
                    if (next == current)
                    {
                        return;
                    }

                    current = next;
                }

                Assert.Fail($"'{word}' reaches no fixed point");
            },
            iter: PropertyRuns.Many,
            threads: PropertyRuns.Threads);
    }

    [Fact]
    public void TermAnalysis_AnyText_GivesNonEmptyTerms()
    {
        Gen.Select(HostileText.Text(40), Gen.OneOf(TextLanguage.English, TextLanguage.Indonesian)).Sample(
            (text, language) =>
            {
                Assert.All(TermAnalyzer.Default.DocumentTerms(text), t => Assert.False(string.IsNullOrEmpty(t)));
                Assert.All(TermAnalyzer.Default.QueryTerms(text, language), t => Assert.NotNull(t));
                Assert.True(Enum.IsDefined(LanguageDetector.Detect(text)));
            },
            iter: PropertyRuns.Many,
            threads: PropertyRuns.Threads);
    }
}
