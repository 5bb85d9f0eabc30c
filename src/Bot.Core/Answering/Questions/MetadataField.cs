namespace Bot.Core.Answering.Questions;

/// <summary>Which fact about an article itself (not about the story it tells) a question asks for.</summary>
public enum MetadataField
{
    None,

    /// <summary>"Who wrote the TribunWow article?": the byline (Penulis:, Reporter:).</summary>
    Author,

    /// <summary>"Siapa editor berita itu?": the Editor: line.</summary>
    Editor,

    /// <summary>"Which outlet ran the story …?": the site or paper that published it.</summary>
    Outlet,

    /// <summary>"When was the Jitunews article published?": the article's own date line.</summary>
    Published,

    /// <summary>"What source is the report based on?": the wire or outlet it credits (Sumber:).</summary>
    WireSource,
}
