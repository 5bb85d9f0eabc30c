using System.Diagnostics.Metrics;

namespace Bot.Telegram.Metrics;

/// <summary>
/// The bot's one meter, "ArticleBot", from the host's <see cref="IMeterFactory"/> when there is one:
/// every instrument of the bot hangs off it, and /metrics exports exactly it.
/// </summary>
public sealed class BotMeter : IDisposable
{
    public const string Name = "ArticleBot";

    private readonly bool owned;

    public BotMeter(IMeterFactory? factory = null)
    {
        owned = factory is null;
        Meter = factory?.Create(Name) ?? new Meter(Name);
    }

    public Meter Meter { get; }

    public void Dispose()
    {
        if (owned)
        {
            Meter.Dispose();
        }
    }
}
