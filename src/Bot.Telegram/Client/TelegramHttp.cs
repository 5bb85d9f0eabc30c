namespace Bot.Telegram.Client;

/// <summary>
/// The one HTTP client of the Bot API: pooled connections renewed every few minutes (DNS changes),
/// <see cref="DeliveryTrackingHandler"/> on top, no client-wide timeout (each attempt has its own).
/// </summary>
internal sealed class TelegramHttp : IDisposable
{
    public HttpClient Client { get; } = new(new DeliveryTrackingHandler(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }))
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public void Dispose() => Client.Dispose();
}
