namespace Bot.Core.Prompts;

/// <summary>
/// The YAML shape of a Semantic Kernel prompt file, as read by YamlDotNet with underscored names.
/// Mutable because the deserializer fills it; <see cref="PromptTemplateParser"/> turns it into a
/// validated <see cref="PromptTemplate"/>.
/// </summary>
internal sealed class PromptDocument
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? TemplateFormat { get; set; }

    public string? Template { get; set; }

    public List<PromptInputVariableDocument>? InputVariables { get; set; }

    public PromptOutputVariableDocument? OutputVariable { get; set; }

    public Dictionary<string, Dictionary<string, object?>?>? ExecutionSettings { get; set; }

    public bool? AllowDangerouslySetContent { get; set; }
}
