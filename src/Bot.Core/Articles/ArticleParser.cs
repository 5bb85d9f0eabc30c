using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Core.Articles;

/// <summary>
/// Turns the text of a saved news page into an <see cref="Article"/>: metadata out of the
/// header and footer, boilerplate out of the body, captions marked. The rules are general
/// (line shapes and markers) rather than per site; see <see cref="LineClassifier"/>.
/// </summary>
internal static class ArticleParser
{
    /// <summary>A headline has at least this many words; shorter lines above it are section labels.</summary>
    private const int MinTitleWords = 5;

    public static Article Parse(string id, string text, string sourcePath)
    {
        var lines = Normalize(text);
        var metadata = new ArticleMetadataBuilder();
        var blocks = new List<ArticleBlock>();
        string? title = null;
        var ended = false;

        foreach (var raw in lines)
        {
            var line = LineClassifier.StripBullet(raw);
            if (line.Length == 0)
            {
                continue;
            }

            var kind = LineClassifier.Classify(line);
            if (metadata.TryTake(line, kind))
            {
                continue;
            }

            if (kind == LineKind.EndMarker && blocks.Count > 0)
            {
                ended = true;
            }

            if (ended || kind is LineKind.Boilerplate or LineKind.NavigationLabel or LineKind.EndMarker)
            {
                continue;
            }

            if (title is null)
            {
                if (kind == LineKind.Caption || WordCount(line) < MinTitleWords)
                {
                    if (kind == LineKind.Caption)
                    {
                        blocks.Add(new ArticleBlock(line, BlockKind.Caption));
                    }

                    continue;
                }

                title = line;
                continue;
            }

            if (SameText(line, title))
            {
                continue;
            }

            if (kind == LineKind.Caption)
            {
                blocks.Add(new ArticleBlock(line, BlockKind.Caption));
                continue;
            }

            if (kind == LineKind.HeadlineLike)
            {
                // A title-case line without sentence punctuation inside the body is a link to another story.
                continue;
            }

            var body = metadata.StripDateline(line);
            var blockKind = blocks.Any(b => b.Kind != BlockKind.Caption) ? BlockKind.Body : BlockKind.Lead;
            blocks.Add(new ArticleBlock(body, blockKind));
        }

        title ??= blocks.FirstOrDefault()?.Text ?? id;
        var allText = string.Join('\n', lines);
        var published = metadata.Published ?? InferPublished(blocks);
        return new Article(
            id,
            title,
            metadata.ResolveOutlet(allText),
            published,
            metadata.Authors,
            metadata.Editors,
            metadata.WireSource,
            [new ArticleBlock(title, BlockKind.Headline), .. blocks.Where(b => b.Kind != BlockKind.Caption), .. blocks.Where(b => b.Kind == BlockKind.Caption)],
            sourcePath);
    }

    private static PublicationDate? InferPublished(List<ArticleBlock> blocks)
    {
        var sentences = blocks.Where(b => b.Kind != BlockKind.Caption).SelectMany(b => SentenceSplitter.Split(b.Text)).ToList();
        return PublicationDateInference.Infer(sentences) is { } inferred ? PublicationDate.From(inferred) : null;
    }

    private static List<string> Normalize(string text)
    {
        var cleaned = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace('\u00A0', ' ')
            .Replace('\t', ' ');
        return cleaned.Split('\n').Select(CollapseSpaces).ToList();
    }

    private static string CollapseSpaces(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts);
    }

    private static int WordCount(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool SameText(string a, string b)
        => string.Equals(a.TrimEnd('.', ' '), b.TrimEnd('.', ' '), StringComparison.OrdinalIgnoreCase);
}
