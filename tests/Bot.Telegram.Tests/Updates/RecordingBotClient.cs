using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;

namespace Bot.Telegram.Tests.Updates;

/// <summary>
/// A Bot API double at Telegram.Bot's one seam that answers sendMessage and editMessageText as
/// Telegram does (the sent message back; 400 "message is not modified" for an edit to the current
/// text) and records them.
/// </summary>
internal sealed class RecordingBotClient() : TelegramBotClient("1:recording")
{
    private readonly Dictionary<int, string> texts = [];
    private int nextMessageId = 100;

    public List<SendMessageRequest> Sent { get; } = [];

    public List<EditMessageTextRequest> Edits { get; } = [];

    public List<SendMessageDraftRequest> Drafts { get; } = [];

    public override Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        object result = request switch
        {
            SendMessageRequest send => Send(send),
            EditMessageTextRequest edit => Edit(edit),
            SendMessageDraftRequest draft => Draft(draft),
            _ => throw new NotSupportedException(request.MethodName),
        };
        return Task.FromResult((TResponse)result);
    }

    private Message Send(SendMessageRequest request)
    {
        Sent.Add(request);
        var id = nextMessageId++;
        texts[id] = request.Text;
        return new Message { Id = id, Chat = new Chat { Id = request.ChatId.Identifier ?? 0 }, Text = request.Text };
    }

    private bool Draft(SendMessageDraftRequest request)
    {
        Drafts.Add(request);
        return true;
    }

    private Message Edit(EditMessageTextRequest request)
    {
        if (texts.TryGetValue(request.MessageId, out var current) && current == request.Text)
        {
            throw new ApiRequestException("Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message", 400);
        }

        Edits.Add(request);
        texts[request.MessageId] = request.Text!;
        return new Message { Id = request.MessageId, Chat = new Chat { Id = request.ChatId.Identifier ?? 0 }, Text = request.Text };
    }
}
