using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace Bot.Telegram.Client;

/// <summary>
/// getUpdates with Telegram.Bot's own parameters, read one update at a time: one malformed or
/// unexpected payload must not fail the whole batch (polling would stall on it forever). An update
/// whose body does not read keeps its id and nothing else, so it is confirmed and skipped.
/// </summary>
internal sealed class TolerantGetUpdatesRequest(GetUpdatesRequest parameters)
    : RequestBase<JsonElement[]>("getUpdates"), ILongPollRequest
{
    public TimeSpan LongPoll => TimeSpan.FromSeconds(Math.Max(0, parameters.Timeout ?? 0));

    public override HttpContent? ToHttpContent() => parameters.ToHttpContent();

    /// <summary>The updates of a batch that carry a readable id, in the server's order.</summary>
    public static IReadOnlyList<Update> Read(JsonElement[] batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var updates = new List<Update>(batch.Length);
        foreach (var element in batch)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("update_id", out var id) || !id.TryGetInt32(out var updateId))
            {
                continue;
            }

            try
            {
                updates.Add(element.Deserialize<Update>(JsonBotAPI.Options) ?? new Update { Id = updateId });
            }
            catch (JsonException)
            {
                updates.Add(new Update { Id = updateId });
            }
        }

        return updates;
    }
}
