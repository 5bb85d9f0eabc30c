namespace Bot.Core.Articles;

internal enum LineKind
{
    Content,
    Caption,
    /// <summary>Title-case line without sentence punctuation: a headline or a link to another story.</summary>
    HeadlineLike,
    /// <summary>Cross-links, promos, comment forms, video blocks, pagination.</summary>
    Boilerplate,
    /// <summary>Short menu-like labels ("Terkini", "Tags").</summary>
    NavigationLabel,
    /// <summary>A label after which a page holds no more article text ("KEYWORD :", "Berita Terkait").</summary>
    EndMarker,
    Metadata,
    DateLine,
    DomainLine,
}
