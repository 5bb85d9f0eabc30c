using System.Text.Json.Nodes;

namespace Bot.Testing.Telegram;

/// <summary>A chat known to the emulator. <see cref="Type"/> is private, group, supergroup or channel.</summary>
public sealed record EmulatedChat(long Id, string Type, string? Title, string? Username, bool IsForum = false)
{
    public bool IsGroup => Type is "group" or "supergroup";

    internal JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id, ["type"] = Type };
        if (Type == "private")
        {
            json["first_name"] = Title;
        }
        else if (Title is not null)
        {
            json["title"] = Title;
        }

        if (Username is not null)
        {
            json["username"] = Username;
        }

        if (IsForum)
        {
            json["is_forum"] = true;
        }

        return json;
    }
}
