namespace Bot.Core.Prompts;

/// <summary>A variable a prompt template expects, as declared under <c>input_variables</c>.</summary>
public sealed record PromptInputVariable(string Name, string? Description, bool IsRequired, string? Default);
