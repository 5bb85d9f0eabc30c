namespace Bot.Commands;

internal static class Usage
{
    public const string Text = """
        usage: Bot [command] [--Key=Value ...]

        commands:
          console                     interactive chat in the terminal (default without a Telegram token)
          ask "QUESTION" [--json]     answer one question and exit
          ask --json --batch FILE     answer one question per line of FILE, one JSON object per line
          telegram                    run the Telegram bot (default when Telegram:BotToken is set)
          digest [--dry-run]          post story summaries of new articles to Telegram:ChannelId

        configuration: appsettings.json, environment variables (Telegram__BotToken),
        user secrets, or --Key=Value (for example --Articles:Path=/some/folder).
        """;
}
