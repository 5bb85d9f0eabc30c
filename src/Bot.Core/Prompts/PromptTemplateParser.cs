using System.Globalization;
using HandlebarsDotNet;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Bot.Core.Prompts;

/// <summary>
/// Reads and validates a prompt file in Semantic Kernel's YAML format. Every problem is a
/// <see cref="PromptTemplateException"/> naming the file and what is wrong with it.
/// </summary>
internal static class PromptTemplateParser
{
    /// <summary>The only template format this project renders.</summary>
    public const string HandlebarsFormat = "handlebars";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly IHandlebars Handlebars = HandlebarsDotNet.Handlebars.Create(new HandlebarsConfiguration
    {
        TextEncoder = new PromptTextEncoder(),
    });

    public static PromptTemplate ParseFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new PromptTemplateException(path, "cannot be read: " + ex.Message, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new PromptTemplateException(path, "cannot be read: " + ex.Message, ex);
        }

        return Parse(yaml, path);
    }

    public static PromptTemplate Parse(string yaml, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        PromptDocument? document;
        try
        {
            document = Deserializer.Deserialize<PromptDocument?>(yaml);
        }
        catch (YamlException ex)
        {
            var problem = ex.InnerException is { } inner ? inner.Message : ex.Message;
            throw new PromptTemplateException(
                sourcePath,
                string.Create(CultureInfo.InvariantCulture, $"invalid YAML at line {ex.Start.Line}, column {ex.Start.Column}: {problem}"),
                ex);
        }

        if (document is null)
        {
            throw new PromptTemplateException(sourcePath, "the file is empty");
        }

        if (string.IsNullOrWhiteSpace(document.Name))
        {
            throw new PromptTemplateException(sourcePath, "'name' is missing");
        }

        if (!string.Equals(document.TemplateFormat, HandlebarsFormat, StringComparison.Ordinal))
        {
            throw new PromptTemplateException(sourcePath, $"'template_format' must be '{HandlebarsFormat}', found '{document.TemplateFormat ?? "(none)"}'");
        }

        if (string.IsNullOrWhiteSpace(document.Template))
        {
            throw new PromptTemplateException(sourcePath, "'template' is missing or empty");
        }

        if (document.Template.Contains("{{{", StringComparison.Ordinal) || document.Template.Contains("{{&", StringComparison.Ordinal))
        {
            // Unescaped insertion would let article text forge the prompt's message and passage markup.
            throw new PromptTemplateException(sourcePath, "'template' inserts a value unescaped ({{{…}}} or {{&…}}); use {{…}}");
        }

        var inputs = ReadInputVariables(document, sourcePath);
        var settings = ReadExecutionSettings(document, sourcePath);

        HandlebarsTemplate<object, object> render;
        try
        {
            render = Handlebars.Compile(document.Template);
        }
        catch (HandlebarsException ex)
        {
            throw new PromptTemplateException(sourcePath, "'template' is not a valid Handlebars template: " + ex.Message, ex);
        }

        return new PromptTemplate(document.Name, document.Description, document.Template, inputs, settings, sourcePath, render);
    }

    private static List<PromptInputVariable> ReadInputVariables(PromptDocument document, string sourcePath)
    {
        var inputs = new List<PromptInputVariable>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in document.InputVariables ?? [])
        {
            if (string.IsNullOrWhiteSpace(variable.Name))
            {
                throw new PromptTemplateException(sourcePath, "an entry of 'input_variables' has no 'name'");
            }

            if (!seen.Add(variable.Name))
            {
                throw new PromptTemplateException(sourcePath, $"input variable '{variable.Name}' is declared twice");
            }

            var fallback = variable.Default is null ? null : Convert.ToString(variable.Default, CultureInfo.InvariantCulture);
            inputs.Add(new PromptInputVariable(variable.Name, variable.Description, variable.IsRequired ?? true, fallback));
        }

        return inputs;
    }

    private static Dictionary<string, PromptExecutionSettings> ReadExecutionSettings(PromptDocument document, string sourcePath)
    {
        var result = new Dictionary<string, PromptExecutionSettings>(StringComparer.Ordinal);
        foreach (var (serviceId, values) in document.ExecutionSettings ?? [])
        {
            var map = values ?? [];
            result[serviceId] = new PromptExecutionSettings(
                serviceId,
                ReadNumber(map, "temperature", serviceId, sourcePath, float.Parse),
                ReadNumber(map, "max_tokens", serviceId, sourcePath, int.Parse),
                ReadNumber(map, "top_p", serviceId, sourcePath, float.Parse));
        }

        return result;
    }

    private static T? ReadNumber<T>(
        Dictionary<string, object?> map,
        string key,
        string serviceId,
        string sourcePath,
        Func<string, NumberStyles, IFormatProvider, T> parse)
        where T : struct
    {
        if (!map.TryGetValue(key, out var raw) || raw is null)
        {
            return null;
        }

        var text = Convert.ToString(raw, CultureInfo.InvariantCulture) ?? string.Empty;
        try
        {
            return parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        catch (FormatException ex)
        {
            throw new PromptTemplateException(sourcePath, $"'execution_settings.{serviceId}.{key}' is not a number: '{text}'", ex);
        }
        catch (OverflowException ex)
        {
            throw new PromptTemplateException(sourcePath, $"'execution_settings.{serviceId}.{key}' is out of range: '{text}'", ex);
        }
    }
}
