using Bot.Core.Answers.Grounded;
using Bot.Core.Language;
using Bot.Core.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace Bot.Core.Conversations;

/// <summary>
/// Asks the chat model to make a follow-up standalone (prompt <c>followup.yaml</c>); when the
/// model fails or replies with nothing, the rule-based rewrite is used instead.
/// </summary>
internal sealed class ChatFollowUpRewriter : IFollowUpRewriter
{
    /// <summary>A standalone question longer than this many times the follow-up plus the previous question is not a rewrite but an answer.</summary>
    private const int MaxGrowthFactor = 2;

    private readonly Kernel _kernel;
    private readonly IPromptFunctions _prompts;
    private readonly ILogger _logger;

    public ChatFollowUpRewriter(Kernel kernel, IPromptFunctions prompts, ILogger<ChatFollowUpRewriter> logger)
    {
        _kernel = kernel;
        _prompts = prompts;
        _logger = logger;
    }

    public async Task<FollowUpRewrite> RewriteAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(history);
        var rules = RuleFollowUpRewriter.Rewrite(question, history);
        if (history.Count == 0 || !RuleFollowUpRewriter.MightBeFollowUp(question))
        {
            return rules;
        }

        try
        {
            var arguments = new KernelArguments
            {
                ["question"] = question,
                ["language"] = LanguageDetector.Detect(question) == TextLanguage.Indonesian ? "Indonesian" : "English",
                ["history"] = history.Select(t => new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["question"] = t.StandaloneQuestion,
                    ["answer"] = t.AnswerText,
                }).ToList(),
            };
            var response = await _prompts.Get(PromptNames.FollowUp).InvokeAsync(_kernel, arguments, cancellationToken).ConfigureAwait(false);
            var standalone = (response.GetValue<ChatResponse>()?.Text ?? string.Empty).Trim().Trim('"', '“', '”').Trim();
            var limit = MaxGrowthFactor * (question.Length + history[^1].StandaloneQuestion.Length);
            if (standalone.Length == 0 || standalone.Length > limit)
            {
                return rules;
            }

            var rewritten = !string.Equals(standalone, question.Trim(), StringComparison.Ordinal);
            return new FollowUpRewrite(standalone, rewritten, rules.Before, rules.After);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (_logger.IsEnabled(LogLevel.Debug))
            {
                var error = ex.GetType().Name;
                ChatModelLog.FollowUpModelFailed(_logger, error);
            }
            return rules;
        }
    }
}
