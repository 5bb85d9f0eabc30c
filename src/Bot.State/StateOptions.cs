using System.ComponentModel.DataAnnotations;

namespace Bot.State;

/// <summary>Configuration section "State": where the bot keeps what must survive a restart.</summary>
public sealed class StateOptions
{
    public const string SectionName = "State";

    /// <summary>The SQLite file; a relative path is taken from the content root (the folder of appsettings.json).</summary>
    [Required(ErrorMessage = "State:Path is required (a file path such as state/bot.db).")]
    [MinLength(1, ErrorMessage = "State:Path must not be empty.")]
    public string Path { get; set; } = "state/bot.db";
}
