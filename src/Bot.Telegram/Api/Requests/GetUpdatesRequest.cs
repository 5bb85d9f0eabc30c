using Bot.Telegram.Api.Types;

namespace Bot.Telegram.Api.Requests;

/// <summary>
/// getUpdates: long polling. Passing <see cref="Offset"/> greater than an update's id confirms
/// that update, so the offset must only move past updates that have been handled.
/// </summary>
public sealed record GetUpdatesRequest : IRequest<IReadOnlyList<Update>>
{
    public string MethodName => "getUpdates";

    public long? Offset { get; init; }

    public int? Limit { get; init; }

    /// <summary>Seconds the server holds the request open when there is nothing to return.</summary>
    public int? Timeout { get; init; }

    public IReadOnlyList<string>? AllowedUpdates { get; init; }
}
