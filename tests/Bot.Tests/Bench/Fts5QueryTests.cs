using Bot.Bench.Peers;

namespace Bot.Tests.Bench;

public sealed class Fts5QueryTests
{
    [Theory]
    [InlineData("When did Austin's call end?", "\"when\" OR \"did\" OR \"austin\" OR \"s\" OR \"call\" OR \"end\"")]
    [InlineData("Kapan Menhan AS menelepon? menelepon!", "\"kapan\" OR \"menhan\" OR \"as\" OR \"menelepon\"")]
    [InlineData("NOT AND OR NEAR(x) col:term \"quoted\"", "\"not\" OR \"and\" OR \"or\" OR \"near\" OR \"x\" OR \"col\" OR \"term\" OR \"quoted\"")]
    [InlineData("21/10/2022 pukul 09.00", "\"21\" OR \"10\" OR \"2022\" OR \"pukul\" OR \"09\" OR \"00\"")]
    [InlineData("Ogród Saski?", "\"ogród\" OR \"saski\"")]
    [InlineData("?!  --", "")]
    public void FromQuestion_RawQuestion_QuotedOrOfLowercaseTokens(string question, string expected)
        => Assert.Equal(expected, Fts5Query.FromQuestion(question));

    [Fact]
    public void Search_OperatorWordsInQuestion_RanksTheMatchingRowFirst()
    {
        using var index = new Fts5Index();
        index.AddRange([new Fts5Document("a", "Harga beras naik di pasar."), new Fts5Document("b", "NEAR the river AND the bridge.")]);

        var hits = index.Search("bridge NEAR river OR (", 5);

        Assert.Equal("b", hits[0]);
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void Search_QuestionWithoutTerms_FindsNothing()
    {
        using var index = new Fts5Index();
        index.AddRange([new Fts5Document("a", "Harga beras naik.")]);

        Assert.Empty(index.Search("?!", 5));
    }
}
