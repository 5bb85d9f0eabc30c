using System.Text.RegularExpressions;
using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

public sealed class CaptionCreditTests
{
    /// <summary>The credit shapes as one pattern: the scan must accept exactly the lines it matches.</summary>
    private static readonly Regex Reference = new(
        @"\((foto|photo|ilustrasi|dok\.?|doc\.?|istimewa|reuters|ap|afp|antara|getty)\b[^)]*\)\s*\.?$|\b(AP|AFP|Reuters|ANTARA FOTO|Getty Images)\s*Photo\b|/\s*(REUTERS|AFP|AP|ANTARA|Getty)[^/]*/?\s*$|^(foto|photo|ilustrasi)\s*:",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

    private static readonly string[] Pieces =
    [
        "(", ")", "/", " ", "  ", "\t", ".", ":", "-", "_", "x", "é", "7", "Foto", "foto", "PHOTO", "Photo", "photos", "ilustrasi", "Dok", "dok.", "doc",
        "istimewa", "Reuters", "REUTERS", "AP", "ap", "AFP", "Antara", "ANTARA FOTO", "Getty", "Getty Images", "kata", "Jakarta", "ANTARA/Aprillio",
    ];

    [Theory]
    [InlineData("Menhan AS Lloyd Austin. (Foto: ANTARA/Aprillio Akbar)", true)]
    [InlineData("Presiden Joko Widodo (Dok. Istimewa).", true)]
    [InlineData("Pasukan Ukraina di Kherson. AP Photo/Efrem Lukatsky", true)]
    [InlineData("Lloyd Austin di Pentagon. /REUTERS/", true)]
    [InlineData("Lloyd Austin di Pentagon. / REUTERS/Evelyn Hockstein", false)]
    [InlineData("Foto : Menhan Prabowo", true)]
    [InlineData("Austin (kiri) dan Shoigu (Foto: AP) berbicara", false)]
    [InlineData("Dia mengatakan (apa adanya) bahwa", false)]
    [InlineData("Fotografer itu datang.", false)]
    public void IsMatch_KnownLines(string line, bool credit)
    {
        Assert.Equal(credit, CaptionCredit.IsMatch(line));
        Assert.Equal(Reference.IsMatch(line), CaptionCredit.IsMatch(line));
    }

    [Fact]
    public void IsMatch_AgreesWithThePatternOnGeneratedLines()
    {
        var random = new Random(20261202);
        var matched = 0;
        for (var i = 0; i < 30_000; i++)
        {
            var line = string.Concat(Enumerable.Range(0, random.Next(0, 10)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var expected = Reference.IsMatch(line);
            matched += expected ? 1 : 0;
            Assert.True(expected == CaptionCredit.IsMatch(line), $"'{line}': the pattern says {expected}");
        }

        // The generator reaches both answers often enough for the agreement to mean something.
        Assert.InRange(matched, 1_000, 29_000);
    }
}
