namespace Bot.Core.Answers.Grounded;

/// <summary>Numbers and fixed strings of grounded answering, in one place.</summary>
internal static class GroundingDefaults
{
    /// <summary>Passages given to the model: enough for the three to five articles that usually report one event, few enough for small local models' context.</summary>
    public const int PassageCount = 6;

    /// <summary>Earlier turns of the chat shown to the model, so that it can resolve "he", "that call".</summary>
    public const int HistoryTurns = 3;

    /// <summary>The reply the prompt asks for when the passages do not hold the answer; the engine recognises it, so the prompt receives it as a variable.</summary>
    public const string NotFoundMarker = "NOT_IN_ARTICLES";

    /// <summary>Prefix of the <see cref="Answer.Engine"/> of model answers, followed by the model name.</summary>
    public const string EnginePrefix = "chat:";

    /// <summary>Shown when the model says the passages do not hold the answer but gives no sentence of its own.</summary>
    public const string NotFoundEnglish = "The articles do not say.";

    /// <summary>Indonesian form of <see cref="NotFoundEnglish"/>.</summary>
    public const string NotFoundIndonesian = "Artikel-artikel ini tidak menyebutkannya.";
}
