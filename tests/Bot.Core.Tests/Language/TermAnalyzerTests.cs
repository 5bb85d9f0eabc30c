using Bot.Core.Language;

namespace Bot.Core.Tests.Language;

public sealed class TermAnalyzerTests
{
    private static readonly TermAnalyzer Analyzer = TermAnalyzer.Default;

    [Fact]
    public void DocumentTerms_IndonesianSentence_DropsStopWordsAndStems()
    {
        var terms = Analyzer.DocumentTerms("Keduanya melakukan diskusi pada Jumat (21/10/2022) kemarin.");

        Assert.Equal(["dua", "laku", "diskusi", "jumat", "21/10/2022", "oktober", "2022", "kemarin"], terms);
    }

    [Fact]
    public void DocumentTerms_Acronym_IsKeptThoughItSpellsAStopWord()
    {
        var terms = Analyzer.DocumentTerms("Menteri Pertahanan AS, Lloyd Austin");

        Assert.Equal(["menteri", "tahan", "as", "amerika", "serikat", "lloyd", "austin"], terms);
    }

    [Theory]
    [InlineData("Menhan", "Menteri Pertahanan")]
    [InlineData("AS", "Amerika Serikat")]
    [InlineData("KTT", "Konferensi Tingkat Tinggi")]
    [InlineData("jubir", "juru bicara")]
    public void DocumentTerms_AbbreviationSharesTermsWithItsSpelledOutForm(string abbreviation, string spelledOut)
    {
        var expanded = Analyzer.DocumentTerms(abbreviation);

        Assert.All(Analyzer.DocumentTerms(spelledOut), t => Assert.Contains(t, expanded));
    }

    [Fact]
    public void DocumentTerms_LowerCaseEnglishAs_IsNotTakenForTheAcronym()
        => Assert.DoesNotContain("amerika", Analyzer.DocumentTerms("as well as"));

    [Fact]
    public void DocumentTerms_EnglishText_UsesPorterStems()
    {
        var terms = Analyzer.DocumentTerms("The ministers talked about weapons");

        Assert.Equal(["minist", "talk", "weapon"], terms);
    }

    [Fact]
    public void DocumentTerms_NumbersAndRepeats_AreKept()
    {
        var terms = Analyzer.DocumentTerms("US$ 17 miliar, 17 miliar");

        Assert.Equal(2, terms.Count(t => t == "17"));
        Assert.Equal(2, terms.Count(t => t == "miliar"));
    }

    [Theory]
    [InlineData("When did Austin last call Shoigu?", "Austin menelepon Shoigu", "telepon")]
    [InlineData("When did Austin last call Shoigu?", "melalui panggilan telepon", "panggil")]
    [InlineData("When did Austin last call Shoigu?", "terakhir kali berbicara", "terakhir")]
    [InlineData("Who is the defence minister of Russia?", "Menhan Rusia", "menhan")]
    [InlineData("Who is the defence minister of Russia?", "Menteri Pertahanan Rusia", "tahan")]
    [InlineData("Who is the defence minister of Russia?", "Menteri Pertahanan Rusia", "rusia")]
    [InlineData("What did Austin urge Russia to do?", "Austin mendesak Rusia", "desak")]
    [InlineData("Who is the Pentagon spokesman?", "juru bicara Pentagon", "bicara")]
    [InlineData("When did the ceasefire begin?", "gencatan senjata dimulai", "senjata")]
    [InlineData("Who refused to speak with Austin?", "Shoigu menolak berbicara", "tolak")]
    [InlineData("Kapan terakhir kali Austin menelepon Shoigu?", "Austin melakukan panggilan telepon", "telepon")]
    [InlineData("What did the U.S. say?", "pihak AS menyatakan", "as")]
    [InlineData("Who is the US defense secretary?", "Menhan Amerika Serikat", "amerika")]
    [InlineData("Who initiated the May call?", "diskusi diinisiasi oleh AS", "inisiasi")]
    [InlineData("Who initiated the May call?", "pada Jumat (13/5/2022)", "mei")]
    [InlineData("Berapa total bantuan pemerintahan Biden kepada Kyiv?", "bantuan AS untuk Kiev", "kiev")]
    [InlineData("Who was elected in 2019?", "Jokowi terpilih kembali", "pilih")]
    [InlineData("Who was elected in 2019?", "rakyat memilih Jokowi", "pilih")]
    [InlineData("Where was the fossil found?", "fosil itu ditemukan di gua", "temu")]
    [InlineData("What was built in 1900?", "gedung itu dibangun pada 1900", "bangun")]
    public void QueryTerms_Question_MeetsDocumentTerm(string question, string passage, string sharedTerm)
    {
        var queryTerms = Analyzer.QueryTerms(question, TextLanguage.Unknown).Select(q => q.Term);
        var documentTerms = Analyzer.DocumentTerms(passage);

        Assert.Contains(sharedTerm, documentTerms);
        Assert.Contains(sharedTerm, queryTerms);
    }

    [Fact]
    public void QueryTerms_EnglishQuestion_WeighsTranslationsBelowOwnWords()
    {
        var terms = Analyzer.QueryTerms("When did Austin last call Shoigu?", TextLanguage.English).ToDictionary(t => t.Term);

        Assert.Equal(1.0, terms["austin"].Weight);
        Assert.Equal(1.0, terms["shoigu"].Weight);
        Assert.InRange(terms["telepon"].Weight, 0.1, 0.99);
        Assert.False(terms.ContainsKey("when"));
        Assert.False(terms.ContainsKey("did"));
    }

    [Fact]
    public void QueryTerms_IndonesianQuestion_StemsWithFullWeight()
    {
        var terms = Analyzer.QueryTerms("Kapan Menhan AS pertama kali berbicara lewat telepon?", TextLanguage.Indonesian);

        Assert.All(terms, t => Assert.Equal(1.0, t.Weight));
        Assert.Equal(["menhan", "menteri", "tahan", "as", "amerika", "serikat", "pertama", "kali", "bicara", "lewat", "telepon"], terms.Select(t => t.Term));
    }

    [Fact]
    public void QueryTerms_EnglishPhrase_TranslatesAsWhole()
    {
        var terms = Analyzer.QueryTerms("How long did the May phone call last?", TextLanguage.English);

        Assert.Contains(terms, t => t.Term == "mei");
        Assert.Contains(terms, t => t.Term == "telepon" && t.Origin.EndsWith("phone call", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Who commands the air force?", "air", 0.3)]
    [InlineData("Was there a traffic jam?", "jam", 0.3)]
    [InlineData("Which data did the Pentagon release?", "data", 1.0)]
    [InlineData("Which bank froze Russian assets?", "bank", 1.0)]
    public void QueryTerms_EnglishWordSpelledLikeIndonesianWord_WeighsByMeaning(string question, string term, double weight)
    {
        var terms = Analyzer.QueryTerms(question, TextLanguage.English);

        Assert.Equal(weight, terms.Single(t => t.Term == term).Weight);
    }
}
