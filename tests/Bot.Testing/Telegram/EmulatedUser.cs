using System.Text.Json.Nodes;

namespace Bot.Testing.Telegram;

/// <summary>A Telegram user (or the bot itself) known to the emulator.</summary>
public sealed record EmulatedUser(long Id, bool IsBot, string FirstName, string? Username, string? LanguageCode)
{
    internal JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id, ["is_bot"] = IsBot, ["first_name"] = FirstName };
        if (Username is not null)
        {
            json["username"] = Username;
        }

        if (LanguageCode is not null)
        {
            json["language_code"] = LanguageCode;
        }

        return json;
    }
}
