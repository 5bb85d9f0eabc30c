using System.Text.Json;

namespace Bot.Tests.Eval;

/// <summary>A bank question, the program's answer to it, and what is wrong with that answer (nothing when it passes).</summary>
public sealed record BankResult(EvalCase Case, JsonElement Answer, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;
}
