namespace Bot.Core.Language;

/// <summary>The Indonesian renderings of one English headword and the list they came from.</summary>
internal sealed record LexiconEntry(string[] Renderings, TranslationSource Source);
