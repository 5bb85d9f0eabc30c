namespace Bot.Core.Prompts;

/// <summary>
/// Model settings of a prompt for one service id (Semantic Kernel's <c>execution_settings</c>);
/// unset values leave the model's own defaults in place.
/// </summary>
public sealed record PromptExecutionSettings(string ServiceId, float? Temperature, int? MaxTokens, float? TopP)
{
    public static PromptExecutionSettings None { get; } = new("default", null, null, null);
}
