using Bot.Core.Language;
using Bot.Core.Search;
using Microsoft.SemanticKernel;

namespace Bot.Core.Answers.Grounded;

/// <summary>
/// The answer function, the kernel and the arguments of one answer, and the passages it numbers:
/// passage [n] is <see cref="Passages"/>[n-1], those of the prompt first, then any the model's
/// article searches added.
/// </summary>
internal sealed record PreparedPrompt(
    IReadOnlyList<SearchHit> Hits,
    KernelFunction Function,
    Kernel Kernel,
    KernelArguments Arguments,
    RetrievedPassages Passages,
    TextLanguage Language);
