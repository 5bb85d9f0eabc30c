namespace Bot.Core.Language;

public enum TextLanguage
{
    Unknown,
    English,
    Indonesian,
}
