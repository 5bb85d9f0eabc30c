using System.Globalization;
using Bot.Core.Answering.Contracts;
using Bot.Core.Articles;
using Bot.Core.Language;
using Bot.Core.Prompts;
using Microsoft.SemanticKernel;
using Bot.Core.Search;
using Bot.Core.Time;

namespace Bot.Core.Answers.Grounded;

internal sealed partial class GroundedAnswerer
{
    /// <summary>Format of resolved dates in the prompt: unambiguous in any language the model writes.</summary>
    private const string PromptDateFormat = "dddd d MMMM yyyy";

    private async Task<PreparedPrompt> PrepareAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        var language = LanguageDetector.Detect(request.Question);
        var hits = _retriever.Retrieve(request.Question, _options.PassageCount);
        var function = _prompts.Get(PromptNames.Answer);
        if (hits.Count == 0)
        {
            return new PreparedPrompt(hits, function, _kernel, [], new RetrievedPassages([]), language);
        }

        var history = new List<Dictionary<string, object?>>();
        if (_memory is not null && request.ConversationId is { } conversation)
        {
            foreach (var turn in await _memory.RecentAsync(conversation, _options.HistoryTurns, cancellationToken).ConfigureAwait(false))
            {
                history.Add(new(StringComparer.Ordinal) { ["question"] = turn.Question, ["answer"] = turn.AnswerText });
            }
        }

        var articles = ArticlesOf(hits);
        var passages = hits.Select((hit, index) => PassageVariables(index + 1, hit.Passage, articles.GetValueOrDefault(hit.Passage.ArticleId))).ToList();
        var arguments = new KernelArguments
        {
            ["question"] = request.Question,
            ["language"] = LanguageName(language),
            ["passages"] = passages,
            ["history"] = history,
            ["not_found_marker"] = GroundingDefaults.NotFoundMarker,
        };
        var retrieved = new RetrievedPassages(hits);
        var kernel = _kernel;
        if (_options.ArticleSearchTool)
        {
            // A kernel per answer: its plugin records what the model's searches return, so their citations verify too.
            kernel = _kernel.Clone();
            kernel.Plugins.AddFromObject(new ArticleSearchPlugin(_retriever, ArticlesOf, retrieved), ArticleSearchPlugin.PluginName);
            arguments.ExecutionSettings = ArticleSearchPlugin.WithSearch(function, kernel);
        }

        return new PreparedPrompt(hits, function, kernel, arguments, retrieved, language);
    }

    private Dictionary<string, Article> ArticlesOf(IReadOnlyList<SearchHit> hits)
    {
        var wanted = hits.Select(h => h.Passage.ArticleId).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in _catalog.Articles)
        {
            if (wanted.Contains(article.Id))
            {
                found.TryAdd(article.Id, article);
            }
        }

        return found;
    }

    internal static Dictionary<string, object?> PassageVariables(int number, Passage passage, Article? article) => new(StringComparer.Ordinal)
    {
        ["n"] = number.ToString(CultureInfo.InvariantCulture),
        ["outlet"] = article?.Outlet ?? "unknown",
        ["title"] = article?.Title ?? passage.ArticleId,
        ["published"] = PublishedText(article?.Published),
        ["event_dates"] = EventDates(passage.Dates),
        ["text"] = passage.Text,
    };

    private static string PublishedText(PublicationDate? published) => published switch
    {
        null => "unknown",
        { Stated: true } => published.Date.ToString(PromptDateFormat, CultureInfo.InvariantCulture),
        _ => published.Date.ToString(PromptDateFormat, CultureInfo.InvariantCulture) + " (inferred)",
    };

    /// <summary>Each date the passage mentions with the day it was resolved to, so that "Jumat (21/10)" reaches the model as a full date.</summary>
    private static string EventDates(IReadOnlyList<DateMention> dates)
    {
        if (dates.Count == 0)
        {
            return "none";
        }

        return string.Join("; ", dates
            .Select(d => $"\"{d.Text}\" = {FormatDate(d)}")
            .Distinct(StringComparer.Ordinal));
    }

    private static string FormatDate(DateMention mention) => mention.Granularity switch
    {
        DateGranularity.Year => mention.Date.ToString("yyyy", CultureInfo.InvariantCulture),
        DateGranularity.Month => mention.Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => mention.Date.ToString(PromptDateFormat, CultureInfo.InvariantCulture),
    };

    private static string LanguageName(TextLanguage language) => language switch
    {
        TextLanguage.Indonesian => "Indonesian",
        TextLanguage.English => "English",
        _ => "the language of the question",
    };
}
