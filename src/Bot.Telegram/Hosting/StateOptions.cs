using System.ComponentModel.DataAnnotations;

namespace Bot.Telegram.Hosting;

/// <summary>Configuration section "State": the SQLite file where the bot keeps what must survive a restart.</summary>
public sealed class StateOptions
{
    public const string SectionName = "State";

    [Required(ErrorMessage = "State:Path is required (a file path such as state/bot.db).")]
    [MinLength(1, ErrorMessage = "State:Path must not be empty.")]
    public string Path { get; set; } = "state/bot.db";
}
