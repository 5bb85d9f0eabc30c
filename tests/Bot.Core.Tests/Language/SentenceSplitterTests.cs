using Bot.Core.Language;

namespace Bot.Core.Tests.Language;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_SplitsAtTerminalPunctuationBeforeCapital()
    {
        var sentences = SentenceSplitter.Split("Keduanya berdiskusi pada Jumat. Pihak AS mengonfirmasi. \"Kami tidak melihat,\" kata Price.");

        Assert.Equal(3, sentences.Count);
        Assert.Equal("Keduanya berdiskusi pada Jumat.", sentences[0]);
    }

    [Fact]
    public void Split_KeepsAbbreviationsInsideSentence()
    {
        var sentences = SentenceSplitter.Split("Ukraine, Monday, Sept. 12, 2022. Troops retook territory from Russia.");

        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("Ukraine, Monday, Sept. 12, 2022.", sentences[0], StringComparison.Ordinal);
    }
}
