using Bot.Telegram.Api;
using Bot.Telegram.Api.Requests;
using Bot.Telegram.Api.Types;

namespace Bot.Telegram.Tests.Conversation;

/// <summary>
/// A Bot API double that answers sendMessage and editMessageText as Telegram does (the sent
/// message back; 400 "message is not modified" for an edit to the current text) and records them.
/// </summary>
internal sealed class RecordingBotClient : ITelegramBotClient
{
    private readonly Dictionary<long, string> texts = [];
    private long nextMessageId = 100;

    public List<SendMessageRequest> Sent { get; } = [];

    public List<EditMessageTextRequest> Edits { get; } = [];

    public Task<TResponse> SendRequestAsync<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        object result = request switch
        {
            SendMessageRequest send => Send(send),
            EditMessageTextRequest edit => Edit(edit),
            _ => throw new NotSupportedException(request.MethodName),
        };
        return Task.FromResult((TResponse)result);
    }

    private Message Send(SendMessageRequest request)
    {
        Sent.Add(request);
        var id = nextMessageId++;
        texts[id] = request.Text;
        return new Message { MessageId = id, Chat = new Chat { Id = request.ChatId.Identifier ?? 0 }, Text = request.Text };
    }

    private Message Edit(EditMessageTextRequest request)
    {
        if (texts.TryGetValue(request.MessageId, out var current) && current == request.Text)
        {
            throw new TelegramApiException("editMessageText", 400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
        }

        Edits.Add(request);
        texts[request.MessageId] = request.Text;
        return new Message { MessageId = request.MessageId, Chat = new Chat { Id = request.ChatId.Identifier ?? 0 }, Text = request.Text };
    }
}
