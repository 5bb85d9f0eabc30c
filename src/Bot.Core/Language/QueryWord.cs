namespace Bot.Core.Language;

/// <summary>A lower-case word of an English question, and whether it is a stop word there.</summary>
internal readonly record struct QueryWord(string Text, bool IsStopWord);
