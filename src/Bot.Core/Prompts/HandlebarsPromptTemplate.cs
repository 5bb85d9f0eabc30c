using HandlebarsDotNet;
using Microsoft.SemanticKernel;

namespace Bot.Core.Prompts;

/// <summary>A compiled Handlebars prompt: declared defaults fill missing values, a missing required value is named.</summary>
internal sealed class HandlebarsPromptTemplate(PromptTemplateConfig config, HandlebarsTemplate<object, object> render) : IPromptTemplate
{
    public Task<string> RenderAsync(Kernel kernel, KernelArguments? arguments = null, CancellationToken cancellationToken = default)
    {
        var context = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var variable in config.InputVariables)
        {
            if (arguments?.TryGetValue(variable.Name, out var given) == true && given is not null)
            {
                continue;
            }

            if (variable.Default is not null)
            {
                context[variable.Name] = variable.Default;
            }
            else if (variable.IsRequired)
            {
                throw new ArgumentException($"Prompt '{config.Name}' needs the input variable '{variable.Name}'.", nameof(arguments));
            }
        }

        foreach (var (key, value) in arguments ?? [])
        {
            context[key] = value;
        }

        return Task.FromResult(render(context, null!));
    }
}
