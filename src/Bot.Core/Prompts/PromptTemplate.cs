using HandlebarsDotNet;
using Microsoft.Extensions.AI;

namespace Bot.Core.Prompts;

/// <summary>
/// A validated, compiled prompt in Semantic Kernel's YAML format with a Handlebars template.
/// Rendering yields chat messages: the template marks them with
/// <c>&lt;message role="system|user|assistant"&gt;</c>, and inserted values are encoded so that they
/// cannot add or close such markup.
/// </summary>
internal sealed class PromptTemplate
{
    private readonly HandlebarsTemplate<object, object> _render;

    public PromptTemplate(
        string name,
        string? description,
        string template,
        IReadOnlyList<PromptInputVariable> inputVariables,
        IReadOnlyDictionary<string, PromptExecutionSettings> executionSettings,
        string sourcePath,
        HandlebarsTemplate<object, object> render)
    {
        Name = name;
        Description = description;
        Template = template;
        InputVariables = inputVariables;
        ExecutionSettings = executionSettings;
        SourcePath = sourcePath;
        _render = render;
    }

    public string Name { get; }

    public string? Description { get; }

    public string Template { get; }

    public IReadOnlyList<PromptInputVariable> InputVariables { get; }

    public IReadOnlyDictionary<string, PromptExecutionSettings> ExecutionSettings { get; }

    public string SourcePath { get; }

    /// <summary>The <c>default</c> execution settings, else the first listed, else none.</summary>
    public PromptExecutionSettings Settings =>
        ExecutionSettings.TryGetValue(PromptExecutionSettings.None.ServiceId, out var settings) ? settings
        : ExecutionSettings.Values.FirstOrDefault() ?? PromptExecutionSettings.None;

    /// <summary>The template's text with the arguments inserted (encoded).</summary>
    public string RenderText(IReadOnlyDictionary<string, object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var context = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var variable in InputVariables)
        {
            if (arguments.TryGetValue(variable.Name, out var value) && value is not null)
            {
                continue;
            }

            if (variable.Default is not null)
            {
                context[variable.Name] = variable.Default;
            }
            else if (variable.IsRequired)
            {
                throw new ArgumentException($"Prompt '{Name}' needs the input variable '{variable.Name}'.", nameof(arguments));
            }
        }

        foreach (var (key, value) in arguments)
        {
            context[key] = value;
        }

        return _render(context, null!);
    }

    /// <summary>The rendered prompt as chat messages.</summary>
    public IReadOnlyList<ChatMessage> Render(IReadOnlyDictionary<string, object?> arguments)
        => PromptMessageParser.Parse(RenderText(arguments));

    /// <summary>Chat options from the execution settings.</summary>
    public ChatOptions ToChatOptions()
    {
        var settings = Settings;
        return new ChatOptions
        {
            Temperature = settings.Temperature,
            MaxOutputTokens = settings.MaxTokens,
            TopP = settings.TopP,
        };
    }
}
