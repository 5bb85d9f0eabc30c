using Bot.Core.Language;

namespace Bot.Core.Tests.Language;

public sealed class LexiconImageTests
{
    private static readonly string SourceFolder = Path.Combine(AppContext.BaseDirectory, "LanguageData");

    private static LexiconTables FromTextSources() => LexiconTables.FromSources(name => File.OpenText(Path.Combine(SourceFolder, name)));

    [Fact]
    public void EmbeddedImage_MatchesTheTextSources_EntryForEntry()
    {
        var expected = FromTextSources();
        var embedded = LexiconImage.Embedded;

        Assert.True(expected.Roots.Count > 30_000, "the roots list is the Hunspell list");
        Assert.True(expected.Roots.SetEquals(embedded.Roots), Difference("roots", expected.Roots, embedded.Roots));
        SameTable("entries", expected.Entries, embedded.Entries, (a, b) => a.Source == b.Source && a.Renderings.SequenceEqual(b.Renderings));
        SameTable("names", expected.Names, embedded.Names, (a, b) => a.SequenceEqual(b));
        SameTable("spellings", expected.AmericanSpelling, embedded.AmericanSpelling, string.Equals);
        SameTable("learned", expected.Learned, embedded.Learned, (a, b) => a.SequenceEqual(b));
        SameTable("stems", expected.HeadwordByStem, embedded.HeadwordByStem, string.Equals);
        SameTable("learned stems", expected.LearnedByStem, embedded.LearnedByStem, string.Equals);
        Assert.Equal(expected.LongestPhrase, embedded.LongestPhrase);
    }

    [Fact]
    public void EmbeddedImage_IsTheBytesTheTextSourcesWrite()
    {
        using var written = new MemoryStream();
        LexiconImage.Write(FromTextSources(), written);
        using var resource = typeof(LexiconImage).Assembly.GetManifestResourceStream(LexiconImage.ResourceName)!;
        using var embedded = new MemoryStream();
        resource.CopyTo(embedded);

        Assert.Equal(written.ToArray(), embedded.ToArray());
    }

    [Fact]
    public void EmbeddedImage_StemsAreThoseOfTheEngineStemmer()
    {
        foreach (var (stem, headword) in LexiconImage.Embedded.HeadwordByStem)
        {
            Assert.Equal(stem, EnglishStemmer.Stem(headword));
        }
    }

    [Fact]
    public void FromSources_ResolvesOverridesExclusionsAndStems()
    {
        var tables = LexiconTables.FromSources(Sources(new Dictionary<string, string>
        {
            [LexiconSources.Dictionary] = "Refusal\ttolakan\nrefuse\tmenolak|tolak\nprime minister\tperdana menteri\n# a comment\n",
            [LexiconSources.News] = "refuse\tmenolak\n",
            [LexiconSources.Names] = "ukraine\tukraina\n",
            [LexiconSources.Spelling] = "defence\tdefense\n",
            [LexiconSources.Learned] = "talks\tperundingan|pembicaraan\n",
            [LexiconSources.Roots] = "tolak\nrunding\nkafé\n",
            [LexiconSources.ExtraRoots] = "menhan\n",
            [LexiconSources.ExcludedRoots] = "runding\n",
        }));

        Assert.Equal(["kafé", "menhan", "tolak"], tables.Roots.Order(StringComparer.Ordinal));
        Assert.Equal(new LexiconEntry(tables.Entries["refuse"].Renderings, TranslationSource.Lexicon), tables.Entries["refuse"]);
        Assert.Equal(["menolak"], tables.Entries["refuse"].Renderings);
        Assert.Equal(TranslationSource.Dictionary, tables.Entries["refusal"].Source);

        // "refusal" and "refuse" share the stem "refus"; the news lexicon's headword keeps it.
        Assert.Equal("refuse", tables.HeadwordByStem["refus"]);
        Assert.Equal("talks", tables.LearnedByStem["talk"]);
        Assert.Equal("defense", tables.AmericanSpelling["defence"]);
        Assert.Equal(2, tables.LongestPhrase);
    }

    [Fact]
    public void Read_OfWrite_GivesTheSameTables()
    {
        var tables = LexiconTables.FromSources(Sources(new Dictionary<string, string>
        {
            [LexiconSources.Dictionary] = "coffee\tkopi|kafé\n",
            [LexiconSources.News] = "",
            [LexiconSources.Names] = "kyiv\tkiev|kyiv\n",
            [LexiconSources.Spelling] = "",
            [LexiconSources.Learned] = "",
            [LexiconSources.Roots] = "kopi\n",
            [LexiconSources.ExtraRoots] = "",
            [LexiconSources.ExcludedRoots] = "",
        }));
        using var image = new MemoryStream();
        LexiconImage.Write(tables, image);

        var read = LexiconImage.Read(image.ToArray());

        Assert.Equal(["kopi", "kafé"], read.Entries["coffee"].Renderings);
        Assert.Equal(TranslationSource.Dictionary, read.Entries["coffee"].Source);
        Assert.Equal(["kiev", "kyiv"], read.Names["kyiv"]);
        Assert.Equal("coffee", read.HeadwordByStem[EnglishStemmer.Stem("coffee")]);
        Assert.True(read.Roots.SetEquals(["kopi"]));
        Assert.Empty(read.Learned);
    }

    [Fact]
    public void Read_RefusesAnotherVersionAndATruncatedImage()
    {
        using var image = new MemoryStream();
        LexiconImage.Write(LexiconImage.Embedded, image);
        var bytes = image.ToArray();

        var otherVersion = (byte[])bytes.Clone();
        otherVersion[4]++;
        Assert.Contains("version", Assert.Throws<InvalidDataException>(() => LexiconImage.Read(otherVersion)).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => LexiconImage.Read(bytes.AsSpan(0, bytes.Length / 2)));
        Assert.Throws<InvalidDataException>(() => LexiconImage.Read("not an image"u8));
    }

    [Fact]
    public void FromSources_RefusesAKeyListedTwice()
    {
        var sources = Sources(new Dictionary<string, string>
        {
            [LexiconSources.Dictionary] = "",
            [LexiconSources.News] = "",
            [LexiconSources.Names] = "kyiv\tkiev\nKyiv\tkyiv\n",
            [LexiconSources.Spelling] = "",
            [LexiconSources.Learned] = "",
            [LexiconSources.Roots] = "",
            [LexiconSources.ExtraRoots] = "",
            [LexiconSources.ExcludedRoots] = "",
        });

        Assert.Contains("kyiv", Assert.Throws<InvalidDataException>(() => LexiconTables.FromSources(sources)).Message, StringComparison.Ordinal);
    }

    private static Func<string, TextReader> Sources(Dictionary<string, string> files) => name => new StringReader(files[name]);

    private static void SameTable<T>(string what, Dictionary<string, T> expected, Dictionary<string, T> actual, Func<T, T, bool> same)
    {
        Assert.True(expected.Count > 0, $"the {what} table is not empty");
        Assert.True(expected.Keys.ToHashSet(StringComparer.Ordinal).SetEquals(actual.Keys), Difference(what, expected.Keys, actual.Keys));
        var differing = expected.Where(e => !same(e.Value, actual[e.Key])).Select(e => e.Key).Take(5).ToList();
        Assert.True(differing.Count == 0, $"{what} differ at: {string.Join(", ", differing)}");
    }

    private static string Difference(string what, IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).Take(5);
        var extra = actual.Except(expected, StringComparer.Ordinal).Take(5);
        return $"{what}: missing from the image [{string.Join(", ", missing)}], not in the sources [{string.Join(", ", extra)}]";
    }
}
