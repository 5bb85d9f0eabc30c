namespace Bot.State;

/// <summary>Where the state stores live (State:Provider).</summary>
public enum StateProvider
{
    /// <summary>One local file (State:Path): the embedded default for a single process.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database (State:ConnectionString) shared by every replica.</summary>
    Postgres,
}
