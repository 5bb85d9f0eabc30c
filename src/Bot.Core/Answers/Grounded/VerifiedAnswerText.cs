namespace Bot.Core.Answers.Grounded;

/// <summary>
/// A model's answer after its citation markers were checked: <see cref="Text"/> keeps only valid
/// markers, renumbered [1], [2]… in order of first use; <see cref="CitedPassages"/> lists, for
/// each new number, the 1-based number of the passage in the prompt.
/// </summary>
internal sealed record VerifiedAnswerText(string Text, IReadOnlyList<int> CitedPassages, int DroppedMarkers)
{
    public bool IsGrounded => CitedPassages.Count > 0;
}
