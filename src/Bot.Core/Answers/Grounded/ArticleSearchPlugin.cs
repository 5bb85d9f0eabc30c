using System.ComponentModel;
using System.Text;
using Bot.Core.Articles;
using Bot.Core.Prompts;
using Bot.Core.Search;
using Microsoft.SemanticKernel;

namespace Bot.Core.Answers.Grounded;

/// <summary>
/// The <c>articles.search</c> Kernel plugin: a model with tool calling can search the articles
/// again (for a follow-up, a name the first passages miss). Results are numbered on from the
/// prompt's passages and recorded in the answer's <see cref="RetrievedPassages"/>, so citing them
/// verifies like citing the prompt's. Text is encoded as in the prompt and goes to the model as a
/// tool result, never as instructions.
/// </summary>
internal sealed class ArticleSearchPlugin(
    IPassageRetriever retriever,
    Func<IReadOnlyList<SearchHit>, Dictionary<string, Article>> articlesOf,
    RetrievedPassages retrieved)
{
    public const string PluginName = "articles";

    /// <summary>Passages one search returns: a few, so that a small model's context holds several searches.</summary>
    private const int ResultsPerSearch = 4;

    [KernelFunction("search")]
    [Description("Searches the news articles for passages about a topic, a name or an event. Returns numbered passages to cite as [n].")]
    public string Search([Description("What to look for, in English or Indonesian.")] string query)
    {
        var hits = retriever.Retrieve(query, ResultsPerSearch);
        if (hits.Count == 0)
        {
            return "No passage matches.";
        }

        var numbers = retrieved.Add(hits);
        var articles = articlesOf(hits);
        var text = new StringBuilder();
        for (var i = 0; i < hits.Count; i++)
        {
            var variables = GroundedAnswerer.PassageVariables(numbers[i], hits[i].Passage, articles.GetValueOrDefault(hits[i].Passage.ArticleId));
            text.Append("<passage n=\"").Append(variables["n"]).AppendLine("\">");
            foreach (var key in (string[])["outlet", "published", "event_dates", "title", "text"])
            {
                text.Append(key == "event_dates" ? "dates mentioned" : key).Append(": ").AppendLine(PromptTextEncoder.EncodeValue((string)variables[key]!));
            }

            text.AppendLine("</passage>");
        }

        return text.ToString();
    }

    /// <summary>The function's own settings (temperature, max_tokens) with the search offered to the model.</summary>
    public static Dictionary<string, PromptExecutionSettings> WithSearch(KernelFunction function, Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(kernel);
        var own = function.ExecutionSettings?.GetValueOrDefault(PromptExecutionSettings.DefaultServiceId) ?? new PromptExecutionSettings();
        var settings = new PromptExecutionSettings
        {
            ExtensionData = own.ExtensionData is null ? null : new Dictionary<string, object>(own.ExtensionData, StringComparer.Ordinal),
            FunctionChoiceBehavior = FunctionChoiceBehavior.Auto([kernel.Plugins.GetFunction(PluginName, "search")]),
        };
        return new(StringComparer.Ordinal) { [PromptExecutionSettings.DefaultServiceId] = settings };
    }
}
