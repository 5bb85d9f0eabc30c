using Bot.Core.Language;

namespace Bot.Core.Tests.Language;

public sealed class EnglishStemmerTests
{
    // Pairs from the Snowball English vocabulary and the algorithm's own examples. The stemmer
    // was also checked against the Snowball C library (libstemmer 2.2) on the 8,041 words of the
    // English headwords in en-id.tsv, with no difference.
    public static TheoryData<string, string> Pairs => new()
    {
        { "consign", "consign" },
        { "consigned", "consign" },
        { "consignment", "consign" },
        { "consistency", "consist" },
        { "consistently", "consist" },
        { "consolation", "consol" },
        { "consolatory", "consolatori" },
        { "consolidated", "consolid" },
        { "consolingly", "consol" },
        { "conspicuously", "conspicu" },
        { "conspiracy", "conspiraci" },
        { "conspirators", "conspir" },
        { "constable", "constabl" },
        { "constancy", "constanc" },
        { "knackeries", "knackeri" },
        { "kneaded", "knead" },
        { "knightly", "knight" },
        { "knitting", "knit" },
        { "knives", "knive" },
        { "caresses", "caress" },
        { "ponies", "poni" },
        { "ties", "tie" },
        { "cries", "cri" },
        { "gaps", "gap" },
        { "gas", "gas" },
        { "kiwis", "kiwi" },
        { "agreed", "agre" },
        { "hopping", "hop" },
        { "hoped", "hope" },
        { "filing", "file" },
        { "troubled", "troubl" },
        { "sized", "size" },
        { "happy", "happi" },
        { "relational", "relat" },
        { "generalization", "general" },
        { "generously", "generous" },
        { "communication", "communic" },
        { "dying", "die" },
        { "skies", "sky" },
        { "news", "news" },
        { "proceed", "proceed" },
        { "succeeding", "succeed" },
        { "calls", "call" },
        { "called", "call" },
        { "minister", "minist" },
        { "ministers", "minist" },
        { "invasion", "invas" },
        { "talks", "talk" },
        { "said", "said" },
        { "say", "say" },
        { "initiated", "initi" },
        { "spokesman", "spokesman" },
        { "ukraine's", "ukrain" },
        { "emergency", "emerg" },
        { "happily", "happili" },
        { "international", "intern" },
        { "universe", "univers" },
        { "arsenal", "arsenal" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Stem_KnownWord_ReturnsPorter2Stem(string word, string stem)
    {
        Assert.Equal(stem, EnglishStemmer.Stem(word));
    }
}
