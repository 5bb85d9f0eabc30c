using Bot.Bench.Summaries;

namespace Bot.Tests.Bench.Summaries;

/// <summary>Our ROUGE against values worked out by hand (in the comments).</summary>
public sealed class RougeTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Score_OneWordSwapped_HandComputed()
    {
        // Unigrams: the×2, cat, on, mat match (5 of 6 both ways). Bigrams: "the cat", "on the", "the mat"
        // match (3 of 5 both ways). LCS: "the cat on the mat" (5 of 6).
        var scores = Rouge.Score("the cat sat on the mat", "the cat was on the mat");

        Assert.Equal(5.0 / 6, scores.Rouge1.F1, Tolerance);
        Assert.Equal(3.0 / 5, scores.Rouge2.F1, Tolerance);
        Assert.Equal(5.0 / 6, scores.RougeL.F1, Tolerance);
    }

    [Fact]
    public void Score_RepeatedWord_ClippedToTheReferenceCount()
    {
        // "the" matches once: P = 1/4, R = 1/2, F = 2·(1/8)/(3/4) = 1/3. No bigram matches.
        var scores = Rouge.Score("the the the the", "the cat");

        Assert.Equal(0.25, scores.Rouge1.Precision, Tolerance);
        Assert.Equal(0.5, scores.Rouge1.Recall, Tolerance);
        Assert.Equal(1.0 / 3, scores.Rouge1.F1, Tolerance);
        Assert.Equal(0, scores.Rouge2.F1);
        Assert.Equal(1.0 / 3, scores.RougeL.F1, Tolerance);
    }

    [Fact]
    public void Score_CaseAndPunctuationIgnored_HandComputed()
    {
        // Candidate tokens: jumat 21 10 austin menelepon (5); reference: austin menelepon pada jumat 21 10 (6).
        // 5 match, P 1, R 5/6, F 10/11. R-2: "jumat 21", "21 10", "austin menelepon" of 4 and 5, F 2/3.
        // R-L: LCS "jumat 21 10" = 3, P 3/5, R 1/2, F 6/11.
        var scores = Rouge.Score("Jumat (21/10), Austin menelepon.", "austin menelepon pada jumat 21 10");

        Assert.Equal(10.0 / 11, scores.Rouge1.F1, Tolerance);
        Assert.Equal(2.0 / 3, scores.Rouge2.F1, Tolerance);
        Assert.Equal(6.0 / 11, scores.RougeL.F1, Tolerance);
    }

    [Fact]
    public void Score_IdenticalAndEmpty_OneAndZero()
    {
        var same = Rouge.Score("Menteri itu berbicara lewat telepon.", "menteri itu berbicara lewat telepon");
        var empty = Rouge.Score("", "menteri itu berbicara");

        Assert.Equal(1, same.Rouge1.F1, Tolerance);
        Assert.Equal(1, same.Rouge2.F1, Tolerance);
        Assert.Equal(1, same.RougeL.F1, Tolerance);
        Assert.Equal(default, empty.Rouge1);
        Assert.Equal(default, empty.RougeL);
    }

    [Fact]
    public void Tokens_LettersAndDigitsLowerCased()
    {
        Assert.Equal(["mata", "mata", "as", "3", "0", "ke", "25"], Rouge.Tokens("Mata-mata AS: 3-0, ke - 25."));
    }
}
