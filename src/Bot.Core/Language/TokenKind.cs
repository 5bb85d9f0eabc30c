namespace Bot.Core.Language;

public enum TokenKind
{
    Word,
    Number,
    /// <summary>A numeric date such as 21/10/2022 or 13/5, kept whole.</summary>
    Date,
}
