namespace Bot.Core.Language;

/// <summary>A token of text with its position; <see cref="Text"/> keeps the original casing.</summary>
public readonly record struct Token(string Text, int Start, TokenKind Kind)
{
    public int Length => Text.Length;
}
