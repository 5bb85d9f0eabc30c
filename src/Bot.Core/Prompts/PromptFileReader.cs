using System.Globalization;
using Microsoft.SemanticKernel;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Bot.Core.Prompts;

/// <summary>
/// Reads a prompt file in Semantic Kernel's YAML format into SK's <see cref="PromptTemplateConfig"/>
/// (the Microsoft.SemanticKernel.Yaml package is not served here). Strict: an unknown key, a
/// non-number setting, a template other than Handlebars is a <see cref="PromptTemplateException"/>
/// naming the file and the problem.
/// </summary>
internal static class PromptFileReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithTypeConverter(new ExecutionSettingsYamlConverter())
        .Build();

    public static PromptTemplateConfig ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PromptTemplateException(path, "cannot be read: " + ex.Message, ex);
        }

        return Read(yaml, path);
    }

    public static PromptTemplateConfig Read(string yaml, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        PromptTemplateConfig? config;
        try
        {
            config = Deserializer.Deserialize<PromptTemplateConfig?>(yaml);
        }
        catch (YamlException ex)
        {
            var problem = ex.InnerException is { } inner ? inner.Message : ex.Message;
            throw new PromptTemplateException(
                sourcePath,
                string.Create(CultureInfo.InvariantCulture, $"invalid YAML at line {ex.Start.Line}, column {ex.Start.Column}: {problem}"),
                ex);
        }

        if (config is null)
        {
            throw new PromptTemplateException(sourcePath, "the file is empty");
        }

        Validate(config, sourcePath);
        return config;
    }

    private static void Validate(PromptTemplateConfig config, string sourcePath)
    {
        if (string.IsNullOrWhiteSpace(config.Name))
        {
            throw new PromptTemplateException(sourcePath, "'name' is missing");
        }

        if (!string.Equals(config.TemplateFormat, HandlebarsPromptTemplateFactory.Format, StringComparison.Ordinal))
        {
            // SK reads a missing template_format as its own format, so both cases are named.
            throw new PromptTemplateException(sourcePath, $"'template_format' must be '{HandlebarsPromptTemplateFactory.Format}', found '{config.TemplateFormat}' (Semantic Kernel's default when the key is missing)");
        }

        if (string.IsNullOrWhiteSpace(config.Template))
        {
            throw new PromptTemplateException(sourcePath, "'template' is missing or empty");
        }

        if (HandlebarsPromptTemplateFactory.IsUnescaped(config.Template))
        {
            // Unescaped insertion would let article text forge the prompt's message and passage markup.
            throw new PromptTemplateException(sourcePath, "'template' inserts a value unescaped ({{{…}}} or {{&…}}); use {{…}}");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in config.InputVariables)
        {
            if (string.IsNullOrWhiteSpace(variable.Name))
            {
                throw new PromptTemplateException(sourcePath, "an entry of 'input_variables' has no 'name'");
            }

            if (!seen.Add(variable.Name))
            {
                throw new PromptTemplateException(sourcePath, $"input variable '{variable.Name}' is declared twice");
            }
        }
    }
}
