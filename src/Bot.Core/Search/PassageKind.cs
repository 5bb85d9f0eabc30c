namespace Bot.Core.Search;

public enum PassageKind
{
    Body,
    Headline,
    Caption,
    /// <summary>A synthesized passage of byline, editor, outlet and wire source.</summary>
    Metadata,
}
