using Bot.Core.Answers.Grounded;

namespace Bot.Core.Tests.Answers.Grounded;

public sealed class CitationVerifierTests
{
    [Theory]
    [InlineData("On 21 October 2022 [1].", 3, "On 21 October 2022 [1].", "1", 0)]
    [InlineData("On 21 October 2022 [2][3].", 3, "On 21 October 2022 [1][2].", "2,3", 0)]
    [InlineData("On 21 October 2022 [3, 1].", 3, "On 21 October 2022 [1][2].", "3,1", 0)]
    [InlineData("A [2]. B [1]. C [2].", 2, "A [1]. B [2]. C [1].", "2,1", 0)]
    [InlineData("On 21 October 2022 [4].", 3, "On 21 October 2022.", "", 1)]
    [InlineData("On 21 October 2022 [1][4] and in May [0].", 3, "On 21 October 2022 [1] and in May.", "1", 2)]
    [InlineData("On 21 October 2022 [1, 9].", 3, "On 21 October 2022 [1].", "1", 1)]
    [InlineData("On 21 October 2022 [1][1].", 3, "On 21 October 2022 [1].", "1", 0)]
    [InlineData("No markers at all.", 3, "No markers at all.", "", 0)]
    [InlineData("Spent US$ 17 [2022] miliar [2].", 2, "Spent US$ 17 miliar [1].", "2", 1)]
    public void Verify_KeepsValidMarkersRenumbered(string answer, int passages, string expectedText, string expectedCited, int expectedDropped)
    {
        var verified = CitationVerifier.Verify(answer, passages);

        Assert.Equal(expectedText, verified.Text);
        Assert.Equal(expectedCited, string.Join(',', verified.CitedPassages));
        Assert.Equal(expectedDropped, verified.DroppedMarkers);
        Assert.Equal(expectedCited.Length > 0, verified.IsGrounded);
    }
}
