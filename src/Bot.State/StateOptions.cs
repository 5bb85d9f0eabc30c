using System.ComponentModel.DataAnnotations;

namespace Bot.State;

/// <summary>Configuration section "State": where the bot keeps what must survive a restart.</summary>
public sealed class StateOptions
{
    public const string SectionName = "State";

    /// <summary>sqlite (default: the file at State:Path) or postgres (State:ConnectionString, shared by replicas).</summary>
    [EnumDataType(typeof(StateProvider), ErrorMessage = "State:Provider must be sqlite or postgres.")]
    public StateProvider Provider { get; set; } = StateProvider.Sqlite;

    /// <summary>The SQLite file; a relative path is taken from the content root (the folder of appsettings.json).</summary>
    [Required(ErrorMessage = "State:Path is required (a file path such as state/bot.db).")]
    [MinLength(1, ErrorMessage = "State:Path must not be empty.")]
    public string Path { get; set; } = "state/bot.db";

    /// <summary>The PostgreSQL connection string (Npgsql keywords), required when State:Provider is postgres.</summary>
    public string? ConnectionString { get; set; }
}
