using Bot.Core.Language;
using Bot.Core.Search;
using Microsoft.Extensions.AI;

namespace Bot.Core.Answers.Grounded;

/// <summary>The rendered answer prompt and the passages it numbers (passage [n] is Hits[n-1]).</summary>
internal sealed record PreparedPrompt(
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<ChatMessage> Messages,
    ChatOptions Options,
    TextLanguage Language);
