namespace Bot.Core.Prompts;

/// <summary>One entry of <c>input_variables</c> in a prompt file.</summary>
internal sealed class PromptInputVariableDocument
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public object? Default { get; set; }

    public bool? IsRequired { get; set; }

    public object? JsonSchema { get; set; }

    public bool? AllowDangerouslySetContent { get; set; }
}
