using System.Collections;
using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace Bot.Core.Prompts;

/// <summary>
/// Semantic Kernel's <see cref="IPromptRenderFilter"/> for every prompt: the rendered prompt is
/// logged at trace only, and a prompt whose system message contains text that came from an
/// article, a question or the chat history is stopped before it reaches the model (an edited
/// template that moved <c>{{passages}}</c> into the system role would otherwise hand articles the
/// instructions' authority). Encoding already keeps inserted values from forging message markup;
/// this checks where the template itself puts them, and that the markup is well-formed (else SK
/// would send the whole prompt as one user message).
/// </summary>
internal sealed partial class PromptRenderGuard(ILogger logger) : IPromptRenderFilter
{
    /// <summary>Shorter values ("1", "en") occur in instructions by chance; article sentences and questions are longer.</summary>
    private const int MinimumCheckedLength = 12;

    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next(context).ConfigureAwait(false);
        var rendered = context.RenderedPrompt ?? string.Empty;
        if (logger.IsEnabled(LogLevel.Trace))
        {
            PromptLog.PromptRendered(logger, context.Function.Name, rendered);
        }

        if (rendered.Contains("<message", StringComparison.Ordinal) && MarkupProblem(rendered) is { } problem)
        {
            // SK would send such a prompt whole as one user message, instructions and all.
            throw new PromptTemplateException(context.Function.Name + PromptNames.FileExtension, "the rendered prompt is not well-formed message markup (write a literal < as &lt;): " + problem);
        }

        var system = string.Concat(SystemMessage().Matches(rendered).Select(m => m.Groups["content"].Value));
        if (system.Length == 0)
        {
            return;
        }

        foreach (var name in PromptNames.UntrustedVariables)
        {
            if (context.Arguments.TryGetValue(name, out var value) && Leaves(value).Any(text => text.Length >= MinimumCheckedLength && system.Contains(PromptTextEncoder.EncodeValue(text), StringComparison.Ordinal)))
            {
                PromptLog.UntrustedTextInSystemRole(logger, context.Function.Name);
                throw new PromptTemplateException(context.Function.Name + PromptNames.FileExtension, $"the system message contains the value of '{name}'; article, question and history text belong in user messages");
            }
        }
    }

    private static string? MarkupProblem(string rendered)
    {
        try
        {
            new XmlDocument().LoadXml("<root>" + rendered + "</root>");
            return null;
        }
        catch (XmlException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>Every string inside a value: itself, the items of lists, the values of dictionaries.</summary>
    private static IEnumerable<string> Leaves(object? value) => value switch
    {
        null => [],
        string text => [text],
        IDictionary dictionary => dictionary.Values.Cast<object?>().SelectMany(Leaves),
        IEnumerable items => items.Cast<object?>().SelectMany(Leaves),
        _ => [],
    };

    [GeneratedRegex("""<message\s+role\s*=\s*"system"\s*>(?<content>.*?)</message>""", RegexOptions.Singleline | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SystemMessage();
}
