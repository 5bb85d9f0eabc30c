namespace Bot.Telegram.Client;

/// <summary>A request the server may hold open (getUpdates with a timeout): its answer may take that much longer.</summary>
internal interface ILongPollRequest
{
    TimeSpan LongPoll { get; }
}
