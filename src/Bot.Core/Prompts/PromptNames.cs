namespace Bot.Core.Prompts;

/// <summary>Prompt file names (without <c>.yaml</c>) the engine asks for.</summary>
internal static class PromptNames
{
    /// <summary>Grounded answer from numbered passages.</summary>
    public const string Answer = "answer";

    /// <summary>Story summary from the story's numbered articles.</summary>
    public const string Summarize = "summarize";

    /// <summary>Rewrites a follow-up into a standalone question.</summary>
    public const string FollowUp = "followup";

    /// <summary>Arguments that carry article, question or chat text: never allowed in a system message.</summary>
    public static readonly IReadOnlyList<string> UntrustedVariables = ["question", "passages", "history"];

    /// <summary>Extension of prompt files.</summary>
    public const string FileExtension = ".yaml";
}
