namespace Bot.Core.Language;

/// <summary>
/// Indonesian renderings of the English words <see cref="Start"/> .. Start + Length - 1 of a
/// question, most useful first (a rendering may be a phrase such as "gencatan senjata").
/// </summary>
internal sealed record TranslatedSpan(int Start, int Length, string English, IReadOnlyList<string> Renderings, TranslationSource Source);
