using System.Text.Json.Nodes;

namespace Bot.Testing.Telegram;

/// <summary>The Bot API methods, as the documentation specifies them.</summary>
public sealed partial class TelegramBotApiEmulator
{
    /// <summary>sendMessage/editMessageText accept 1–4096 characters after entity parsing.</summary>
    public const int MaxMessageLength = 4096;

    private static readonly HashSet<string> ChatActionNames = new(StringComparer.Ordinal)
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
        "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    };

    private async Task<JsonObject> GetUpdatesAsync(JsonObject parameters, CancellationToken aborted)
    {
        var limit = (int)Math.Clamp(Long(parameters, "limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, Long(parameters, "timeout") ?? 0));
        TaskCompletionSource<bool> mine;
        lock (gate)
        {
            if (WebhookUrl is not null)
            {
                return Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            }

            pollCount++;
            Confirm(Long(parameters, "offset"));
            if (Structured(parameters, "allowed_updates") is JsonArray { Count: > 0 } allowed)
            {
                AllowedUpdates = allowed.Select(a => a!.GetValue<string>()).ToList();
            }

            // Only one poller per token: a newer request ends the one still waiting.
            activePoll?.TrySetResult(true);
            mine = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            activePoll = mine;
            Pulse();
        }

        using var expiry = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        expiry.CancelAfter(timeout);
        while (true)
        {
            Task signal;
            lock (gate)
            {
                if (mine.Task.IsCompleted)
                {
                    return mine.Task.Result
                        ? Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")
                        : Ok(new JsonArray());
                }

                var ready = queue.Take(limit).ToList();
                if (ready.Count > 0 || expiry.IsCancellationRequested)
                {
                    if (activePoll == mine)
                    {
                        activePoll = null;
                    }

                    return Ok(new JsonArray(ready.Select(u => (JsonNode)u.DeepClone()).ToArray()));
                }

                signal = changed.Task;
            }

            try
            {
                await Task.WhenAny(signal, mine.Task).WaitAsync(expiry.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Long-poll timeout or the client went away: answer with what there is.
            }
        }
    }

    /// <summary>An offset confirms every update below it; a negative offset keeps only the last -offset updates.</summary>
    private void Confirm(long? offset)
    {
        if (offset is not { } value || value == 0)
        {
            return;
        }

        if (value > 0)
        {
            queue.RemoveAll(u => u["update_id"]!.GetValue<long>() < value);
            confirmedBelow = value;
            return;
        }

        var keep = (int)Math.Min(-value, queue.Count);
        queue.RemoveRange(0, queue.Count - keep);
        confirmedBelow = queue.Count > 0 ? queue[0]["update_id"]!.GetValue<long>() : nextUpdateId;
    }

    private JsonObject SendMessageFromBot(JsonObject parameters)
    {
        lock (gate)
        {
            if (ResolveChat(parameters, out var chat) is { } refusal)
            {
                return refusal;
            }

            if (ParseText(parameters, out var text, out var entities) is { } invalid)
            {
                return invalid;
            }

            if (FloodWait(chat.Id) is { } flood)
            {
                return flood;
            }

            var reply = Structured(parameters, "reply_parameters") as JsonObject;
            var replyTo = reply?["message_id"]?.GetValue<long>() ?? Long(parameters, "reply_to_message_id");
            var allowWithoutReply = reply?["allow_sending_without_reply"]?.GetValue<bool>() ?? Bool(parameters, "allow_sending_without_reply");
            JsonObject? original = null;
            if (replyTo is { } replyId && !messages.TryGetValue((chat.Id, replyId), out original) && !allowWithoutReply)
            {
                return Error(400, "Bad Request: message to be replied not found");
            }

            var previewDisabled = (Structured(parameters, "link_preview_options") as JsonObject)?["is_disabled"]?.GetValue<bool>()
                ?? Bool(parameters, "disable_web_page_preview");
            var thread = Long(parameters, "message_thread_id");
            var messageId = NextMessageId(chat.Id);
            var message = new JsonObject
            {
                ["message_id"] = messageId,
                ["from"] = Bot.ToJson(),
                ["chat"] = chat.ToJson(),
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["text"] = text,
            };
            if (entities.Count > 0)
            {
                message["entities"] = EntitiesJson(entities);
            }

            if (thread is { } threadId)
            {
                message["message_thread_id"] = threadId;
                message["is_topic_message"] = true;
            }

            if (original is not null)
            {
                var quoted = (JsonObject)original.DeepClone();
                quoted.Remove("reply_to_message");
                message["reply_to_message"] = quoted;
            }

            if (previewDisabled)
            {
                message["link_preview_options"] = new JsonObject { ["is_disabled"] = true };
            }

            messages[(chat.Id, messageId)] = message;
            currentDrafts.Remove(chat.Id);
            sent.Add(new SentMessage(
                chat.Id, messageId, text, String(parameters, "text") ?? "", ParseModeOf(parameters), entities,
                original is null ? null : replyTo, thread, previewDisabled, At: System.Diagnostics.Stopwatch.GetTimestamp()));
            Pulse();
            return Ok(message.DeepClone());
        }
    }

    private JsonObject EditMessageText(JsonObject parameters)
    {
        lock (gate)
        {
            if (ResolveChat(parameters, out var chat) is { } refusal)
            {
                return refusal;
            }

            var messageId = Long(parameters, "message_id");
            if (messageId is null || !messages.TryGetValue((chat.Id, messageId.Value), out var message))
            {
                return Error(400, "Bad Request: message to edit not found");
            }

            if (message["from"]?["id"]?.GetValue<long>() != Bot.Id)
            {
                return Error(400, "Bad Request: message can't be edited");
            }

            if (ParseText(parameters, out var text, out var entities) is { } invalid)
            {
                return invalid;
            }

            var newEntities = entities.Count > 0 ? EntitiesJson(entities) : null;
            if (message["text"]?.GetValue<string>() == text && JsonNode.DeepEquals(message["entities"], newEntities))
            {
                return Error(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
            }

            message["text"] = text;
            message["entities"] = newEntities;
            message["edit_date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var index = sent.FindIndex(m => m.ChatId == chat.Id && m.MessageId == messageId);
            if (index >= 0)
            {
                sent[index] = sent[index] with
                {
                    Text = text,
                    RawText = String(parameters, "text") ?? "",
                    ParseMode = ParseModeOf(parameters),
                    Entities = entities,
                    EditCount = sent[index].EditCount + 1,
                    At = System.Diagnostics.Stopwatch.GetTimestamp(),
                };
            }

            Pulse();
            return Ok(message.DeepClone());
        }
    }

    /// <summary>
    /// sendMessageDraft: private chats only (chat_id a user's id), a non-zero integer draft_id, text of
    /// 0–4096 characters after entity parsing (empty shows "Thinking…"), parse_mode as for sendMessage.
    /// </summary>
    private JsonObject SendMessageDraft(JsonObject parameters)
    {
        lock (gate)
        {
            if (parameters["chat_id"] is JsonValue raw && raw.TryGetValue<string>(out var name) && name.StartsWith('@'))
            {
                return Error(400, "Bad Request: TEXTDRAFT_PEER_INVALID");
            }

            if (ResolveChat(parameters, out var chat) is { } refusal)
            {
                return refusal;
            }

            if (chat.Type != "private")
            {
                return Error(400, "Bad Request: TEXTDRAFT_PEER_INVALID");
            }

            if (parameters["draft_id"] is null)
            {
                return Error(400, "Bad Request: parameter \"draft_id\" is required");
            }

            if (Long(parameters, "draft_id") is not { } draftId || draftId == 0)
            {
                return Error(400, "Bad Request: DRAFT_ID_INVALID");
            }

            if (ParseText(parameters, out var text, out var entities, allowEmpty: true) is { } invalid)
            {
                return invalid;
            }

            var draft = new SentDraft(chat.Id, draftId, text, String(parameters, "text") ?? "", ParseModeOf(parameters), entities);
            drafts.Add(draft);
            currentDrafts[chat.Id] = draft;
            Pulse();
            return Ok(true);
        }
    }

    private JsonObject SendChatAction(JsonObject parameters)
    {
        lock (gate)
        {
            if (ResolveChat(parameters, out var chat) is { } refusal)
            {
                return refusal;
            }

            var action = String(parameters, "action");
            if (action is null || !ChatActionNames.Contains(action))
            {
                return Error(400, "Bad Request: wrong parameter action in request");
            }

            chatActions.Add((chat.Id, action));
            Pulse();
            return Ok(true);
        }
    }

    private JsonObject SetMyCommands(JsonObject parameters)
    {
        if (Structured(parameters, "commands") is not JsonArray commands)
        {
            return Error(400, "Bad Request: parameter \"commands\" is required");
        }

        foreach (var command in commands)
        {
            var name = command?["command"]?.GetValue<string>() ?? "";
            var description = command?["description"]?.GetValue<string>() ?? "";
            if (name.Length is < 1 or > 32 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return Error(400, "Bad Request: BOT_COMMAND_INVALID");
            }

            if (description.Length is < 1 or > 256)
            {
                return Error(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }

        lock (gate)
        {
            Commands = (JsonArray)commands.DeepClone();
        }

        return Ok(true);
    }

    /// <summary>429 when <see cref="MinSendIntervalPerChat"/> has not passed since the chat's last message; otherwise records this one.</summary>
    private JsonObject? FloodWait(long chatId)
    {
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        if (MinSendIntervalPerChat is { } interval && lastSendTimestamp.TryGetValue(chatId, out var last))
        {
            var remaining = interval - System.Diagnostics.Stopwatch.GetElapsedTime(last, now);
            if (remaining > TimeSpan.Zero)
            {
                var seconds = (int)Math.Ceiling(remaining.TotalSeconds);
                return Error(429, $"Too Many Requests: retry after {seconds}", retryAfter: seconds);
            }
        }

        lastSendTimestamp[chatId] = now;
        return null;
    }

    /// <summary>chat_id as a number or "@username"; the refusals Telegram gives for chats a bot cannot write to.</summary>
    private JsonObject? ResolveChat(JsonObject parameters, out EmulatedChat chat)
    {
        chat = null!;
        var raw = String(parameters, "chat_id");
        if (string.IsNullOrEmpty(raw))
        {
            return Error(400, "Bad Request: chat_id is empty");
        }

        EmulatedChat? found;
        if (raw.StartsWith('@'))
        {
            found = chats.Values.FirstOrDefault(c => string.Equals("@" + c.Username, raw, StringComparison.OrdinalIgnoreCase));
        }
        else
        {
            found = Long(parameters, "chat_id") is { } id ? chats.GetValueOrDefault(id) : null;
        }

        if (found is null)
        {
            return Error(400, "Bad Request: chat not found");
        }

        if (migratedTo.TryGetValue(found.Id, out var supergroup))
        {
            return Error(400, "Bad Request: group chat was upgraded to a supergroup chat", migrateToChatId: supergroup);
        }

        if (channelsWithoutBot.Contains(found.Id))
        {
            return Error(403, "Forbidden: bot is not a member of the channel chat");
        }

        if (found.Type == "private" && blockedBy.Contains(found.Id))
        {
            return Error(403, "Forbidden: bot was blocked by the user");
        }

        chat = found;
        return null;
    }

    /// <summary>
    /// parse_mode as Telegram reads it: case-insensitive ("HTML", "html" and Telegram.Bot's "Html" are one),
    /// named canonically; null for none; anything else is kept and refused by <see cref="ParseText"/>.
    /// </summary>
    private static string? ParseModeOf(JsonObject parameters) => String(parameters, "parse_mode") switch
    {
        null or "" => null,
        var m when m.Equals("html", StringComparison.OrdinalIgnoreCase) => "HTML",
        var m when m.Equals("markdownv2", StringComparison.OrdinalIgnoreCase) => "MarkdownV2",
        var m when m.Equals("markdown", StringComparison.OrdinalIgnoreCase) => "Markdown",
        var m => m,
    };

    /// <summary>The visible text and entities of a text parameter under its parse_mode, or Telegram's refusal.</summary>
    private static JsonObject? ParseText(JsonObject parameters, out string text, out IReadOnlyList<EmulatedEntity> entities, bool allowEmpty = false)
    {
        text = "";
        entities = [];
        var raw = String(parameters, "text");
        if (string.IsNullOrEmpty(raw))
        {
            return allowEmpty ? null : Error(400, "Bad Request: message text is empty");
        }

        var mode = ParseModeOf(parameters);
        if (mode == "HTML")
        {
            var parsed = TelegramHtmlParser.Parse(raw);
            if (!parsed.Ok)
            {
                return Error(400, $"Bad Request: can't parse entities: {parsed.Error}");
            }

            text = parsed.Text;
            entities = parsed.Entities;
        }
        else if (mode is null or "MarkdownV2" or "Markdown")
        {
            text = raw;
        }
        else
        {
            return Error(400, "Bad Request: unsupported parse_mode");
        }

        // Telegram drops leading and trailing white space; entities move with the text.
        var lead = text.Length - text.TrimStart().Length;
        text = text.Trim();
        if (text.Length == 0 && !allowEmpty)
        {
            return Error(400, "Bad Request: message text is empty");
        }

        if (text.Length > MaxMessageLength)
        {
            return Error(400, "Bad Request: message is too long");
        }

        var visible = text.Length;
        entities = entities
            .Select(e => e with { Offset = Math.Max(0, e.Offset - lead), Length = Math.Min(e.Length, visible - Math.Max(0, e.Offset - lead)) })
            .Where(e => e.Length > 0)
            .ToList();
        return null;
    }
}
