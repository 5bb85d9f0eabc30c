namespace Bot.Core.Prompts;

/// <summary>A prompt file that cannot be used; the message names the file and the problem.</summary>
public sealed class PromptTemplateException : Exception
{
    public PromptTemplateException()
    {
        FilePath = string.Empty;
        Problem = string.Empty;
    }

    public PromptTemplateException(string message)
        : base(message)
    {
        FilePath = string.Empty;
        Problem = message;
    }

    public PromptTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = string.Empty;
        Problem = message;
    }

    public PromptTemplateException(string filePath, string problem, Exception? innerException = null)
        : base($"Prompt file {filePath}: {problem}", innerException)
    {
        FilePath = filePath;
        Problem = problem;
    }

    public string FilePath { get; }

    public string Problem { get; }
}
