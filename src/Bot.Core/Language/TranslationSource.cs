namespace Bot.Core.Language;

/// <summary>Where an English → Indonesian rendering came from, from most to least trusted.</summary>
internal enum TranslationSource
{
    /// <summary>en-id-names.tsv: the same entity under its Indonesian or alternative spelling.</summary>
    Name,

    /// <summary>A generic respelling of an unknown name (Ukraine → Ukraina, Zelenskyy → Zelensky).</summary>
    NameRule,

    /// <summary>en-id-news.tsv: the hand-checked news lexicon.</summary>
    Lexicon,

    /// <summary>en-id.tsv: derived from the FreeDict eng-ind dictionary.</summary>
    Dictionary,

    /// <summary>en-id-learned.tsv: learned from parallel text (IBM Model 1).</summary>
    Learned,
}
