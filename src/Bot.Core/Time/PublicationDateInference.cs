using Bot.Core.Articles;

namespace Bot.Core.Time;

/// <summary>Infers a publication date from the text of an article that states none.</summary>
public static class PublicationDateInference
{
    public static PublicationDate? Infer(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return null;
    }
}
