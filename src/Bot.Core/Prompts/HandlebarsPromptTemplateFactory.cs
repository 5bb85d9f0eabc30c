using HandlebarsDotNet;
using Microsoft.SemanticKernel;

namespace Bot.Core.Prompts;

/// <summary>
/// Semantic Kernel's <see cref="IPromptTemplateFactory"/> for <c>template_format: handlebars</c>
/// over Handlebars.Net (the Microsoft.SemanticKernel.PromptTemplates.Handlebars package is not
/// served here). Every inserted value is encoded by <see cref="PromptTextEncoder"/>, and a
/// template that would insert one unencoded is refused: article text must never open or close
/// the prompt's message markup.
/// </summary>
internal sealed class HandlebarsPromptTemplateFactory : IPromptTemplateFactory
{
    public const string Format = "handlebars";

    private static readonly IHandlebars Handlebars = HandlebarsDotNet.Handlebars.Create(new HandlebarsConfiguration
    {
        TextEncoder = new PromptTextEncoder(),
    });

    public bool TryCreate(PromptTemplateConfig templateConfig, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IPromptTemplate? result)
    {
        ArgumentNullException.ThrowIfNull(templateConfig);
        result = null;
        if (!string.Equals(templateConfig.TemplateFormat, Format, StringComparison.Ordinal))
        {
            return false;
        }

        if (IsUnescaped(templateConfig.Template))
        {
            throw new ArgumentException($"The template of prompt '{templateConfig.Name}' inserts a value unescaped.", nameof(templateConfig));
        }

        result = new HandlebarsPromptTemplate(templateConfig, Handlebars.Compile(templateConfig.Template));
        return true;
    }

    /// <summary>Whether the template inserts a value without encoding (<c>{{{…}}}</c> or <c>{{&amp;…}}</c>).</summary>
    public static bool IsUnescaped(string template)
        => template.Contains("{{{", StringComparison.Ordinal) || template.Contains("{{&", StringComparison.Ordinal);
}
