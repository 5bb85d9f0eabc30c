using Bot.Core.Articles;

namespace Bot.Bench.Corpus;

/// <summary>Turns QA passages into pool articles: one untitled body block each, the passage id as article id.</summary>
internal static class DatasetArticles
{
    public static Article From(QaPassage passage)
        => new(passage.Id, "", null, null, [], [], null, [new ArticleBlock(passage.Text, BlockKind.Body)], passage.Id);
}
