namespace Bot.Core.Prompts;

/// <summary><c>output_variable</c> of a prompt file: documentation only here.</summary>
internal sealed class PromptOutputVariableDocument
{
    public string? Description { get; set; }

    public object? JsonSchema { get; set; }
}
