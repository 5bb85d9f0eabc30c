using Microsoft.Extensions.Options;

namespace Bot.Core.Answering.Options;

/// <summary>Stops the host at start-up when the <c>Answering</c> section is out of range, naming the keys.</summary>
public sealed class AnswerOptionsValidator : IValidateOptions<AnswerOptions>
{
    public ValidateOptionsResult Validate(string? name, AnswerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
