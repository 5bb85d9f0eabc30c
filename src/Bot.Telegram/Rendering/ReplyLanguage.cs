namespace Bot.Telegram.Rendering;

/// <summary>The language of the bot's own words around an answer: the answer's language, else English.</summary>
internal enum ReplyLanguage
{
    English,
    Indonesian,
}
