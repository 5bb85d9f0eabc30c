using Bot.Core.Language;

namespace Bot.Core.Tests.Language;

public sealed class StopWordsTests
{
    [Theory]
    [InlineData("yang", TextLanguage.Indonesian)]
    [InlineData("dan", TextLanguage.Indonesian)]
    [InlineData("siapa", TextLanguage.Indonesian)]
    [InlineData("kapan", TextLanguage.Indonesian)]
    [InlineData("the", TextLanguage.English)]
    [InlineData("did", TextLanguage.English)]
    [InlineData("when", TextLanguage.English)]
    [InlineData("who", TextLanguage.English)]
    [InlineData("of", TextLanguage.Unknown)]
    [InlineData("yang", TextLanguage.Unknown)]
    public void IsStopWord_FunctionWord_IsTrue(string word, TextLanguage language)
    {
        Assert.True(StopWords.IsStopWord(word, language));
    }

    [Theory]
    [InlineData("terakhir", TextLanguage.Indonesian)]
    [InlineData("pertama", TextLanguage.Indonesian)]
    [InlineData("sebelum", TextLanguage.Indonesian)]
    [InlineData("sesudah", TextLanguage.Indonesian)]
    [InlineData("setelah", TextLanguage.Indonesian)]
    [InlineData("mengatakan", TextLanguage.Indonesian)]
    [InlineData("tidak", TextLanguage.Indonesian)]
    [InlineData("last", TextLanguage.English)]
    [InlineData("first", TextLanguage.English)]
    [InlineData("before", TextLanguage.English)]
    [InlineData("after", TextLanguage.English)]
    [InlineData("said", TextLanguage.English)]
    [InlineData("not", TextLanguage.English)]
    [InlineData("may", TextLanguage.English)]
    [InlineData("menteri", TextLanguage.Unknown)]
    public void IsStopWord_QuestionCriticalOrContentWord_IsFalse(string word, TextLanguage language)
    {
        Assert.False(StopWords.IsStopWord(word, language));
    }
}
