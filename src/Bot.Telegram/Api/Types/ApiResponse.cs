namespace Bot.Telegram.Api.Types;

/// <summary>The envelope of every Bot API response.</summary>
internal sealed record ApiResponse<TResult>
{
    public bool Ok { get; init; }

    public TResult? Result { get; init; }

    public int? ErrorCode { get; init; }

    public string? Description { get; init; }

    public ResponseParameters? Parameters { get; init; }
}
