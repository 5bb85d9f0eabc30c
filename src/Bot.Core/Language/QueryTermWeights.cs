namespace Bot.Core.Language;

/// <summary>Weights of query terms by where they came from; the question's own words weigh 1.</summary>
internal static class QueryTermWeights
{
    /// <summary>A word of the question itself, stemmed as passages are.</summary>
    public const double Question = 1.0;

    /// <summary>
    /// An English question word that is also an Indonesian word of another meaning ("air", "jam"):
    /// kept for English passages, but too weak to pull in unrelated Indonesian ones.
    /// </summary>
    public const double FalseFriend = 0.3;

    /// <summary>A listed name variant names the same entity (Ukraine → Ukraina): full weight.</summary>
    public const double Name = 1.0;

    /// <summary>A generic respelling of an unknown name may be wrong: less than a listed variant.</summary>
    public const double NameRule = 0.7;

    /// <summary>
    /// Total weight of a hand-checked translation, divided by the square root of its number of
    /// distinct renderings so that a word with many senses does not outweigh the rest of the question.
    /// </summary>
    public const double Lexicon = 0.8;

    /// <summary>Total weight of a FreeDict translation: less trusted (senses are not news senses).</summary>
    public const double Dictionary = 0.6;

    /// <summary>
    /// Total weight of a translation learned from parallel text: as trusted as the dictionary (its
    /// renderings are the senses translators used, but from little text), and added beside it.
    /// </summary>
    public const double Learned = 0.6;
}
