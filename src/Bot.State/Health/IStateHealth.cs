namespace Bot.State.Health;

/// <summary>Whether the state database can be used now: checked before the bot takes updates and by /readyz.</summary>
public interface IStateHealth
{
    /// <summary>Null when usable; otherwise what is wrong, naming the database but never a password.</summary>
    Task<string?> CheckAsync(CancellationToken cancellationToken);
}
