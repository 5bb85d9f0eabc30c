using Bot.Core.Answering.Extractive;
using Bot.Core.Articles;

namespace Bot.Core.Tests.Answering;

/// <summary>Yes/no questions start with yes or no, decided by the evidence sentence, which is quoted whole.</summary>
public sealed class YesNoAnswerTests
{
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => KnowledgeBase.Build(
    [
        ArticleParser.Parse("crash", """
            Polisi Periksa Mobil Ringsek di Jalan Tol Cikampek
            4 Maret 2023, 09:00 WIB

            Polisi tidak menemukan bercak darah di dalam mobil yang ringsek di jalan tol Cikampek.
            Pengemudi mobil itu sudah ditetapkan sebagai tersangka oleh polisi lalu lintas.
            """, "crash.txt"),
    ]));

    [Theory]
    [InlineData("Apakah polisi menemukan bercak darah di dalam mobil?", "Tidak.")]
    [InlineData("Apakah pengemudi mobil itu ditetapkan sebagai tersangka?", "Ya.")]
    public void Answer_YesNoQuestion_StartsWithTheVerdictAndQuotesTheSentence(string question, string verdict)
    {
        var answer = new ExtractiveAnswerer(Knowledge.Value).Answer(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
        Assert.Contains("“", answer.Text, StringComparison.Ordinal);
    }
}
