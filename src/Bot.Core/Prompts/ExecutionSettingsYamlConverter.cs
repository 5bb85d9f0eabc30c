using System.Globalization;
using Microsoft.SemanticKernel;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Bot.Core.Prompts;

/// <summary>
/// Reads one entry of <c>execution_settings</c> (e.g. <c>temperature: 0.1</c>, <c>max_tokens: 400</c>)
/// into SK's <see cref="PromptExecutionSettings.ExtensionData"/>, which SK turns into chat options.
/// Numeric settings must be numbers; anything but a flat map of scalars is refused with its position.
/// </summary>
internal sealed class ExecutionSettingsYamlConverter : IYamlTypeConverter
{
    private static readonly HashSet<string> Numeric = new(StringComparer.Ordinal)
    {
        "temperature", "top_p", "top_k", "max_tokens", "frequency_penalty", "presence_penalty", "seed",
    };

    public bool Accepts(Type type) => type == typeof(PromptExecutionSettings);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        ArgumentNullException.ThrowIfNull(parser);
        var settings = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object>(StringComparer.Ordinal) };
        if (parser.TryConsume<Scalar>(out var empty) && empty.Value.Length == 0)
        {
            return settings;
        }

        parser.Consume<MappingStart>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.Consume<Scalar>();
            if (!parser.TryConsume<Scalar>(out var value))
            {
                throw new YamlException(key.Start, key.End, $"'execution_settings.*.{key.Value}' must be a single value");
            }

            settings.ExtensionData[key.Value] = Numeric.Contains(key.Value) ? Number(key.Value, value) : value.Value;
        }

        return settings;
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer)
        => throw new NotSupportedException("Prompt files are only read.");

    private static double Number(string key, Scalar value)
        => double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new YamlException(value.Start, value.End, $"'execution_settings.*.{key}' is not a number: '{value.Value}'");
}
