namespace Bot.Telegram.Client;

/// <summary>
/// What one HTTP attempt of a Bot API request got as far as: whether any byte of its body (which
/// carries every parameter) left for the server. A request whose body never left cannot have been
/// carried out, so it is safe to repeat; one whose body left may have been, even without an answer.
/// The probe flows from <see cref="TelegramDeliveryClient"/> to <see cref="DeliveryTrackingHandler"/>
/// through the async call, because Telegram.Bot builds the HTTP request in between.
/// </summary>
internal sealed class DeliveryProbe
{
    private static readonly AsyncLocal<DeliveryProbe?> Ambient = new();
    private int bodySent;

    /// <summary>The probe of the attempt under way on this async flow, if any.</summary>
    public static DeliveryProbe? Current => Ambient.Value;

    /// <summary>Asks the server to confirm with "100 Continue" before the body is sent (see <see cref="DeliveryTrackingHandler"/>).</summary>
    public bool WaitForContinue { get; init; }

    /// <summary>Runs just before the first byte of the body is written (the <see cref="PostingScope"/> hook), if any.</summary>
    public Func<CancellationToken, Task>? BeforeBody { get; init; }

    public bool BodySent => Volatile.Read(ref bodySent) == 1;

    /// <summary>Makes a new probe current for the rest of this async flow.</summary>
    public static DeliveryProbe Begin(bool waitForContinue, Func<CancellationToken, Task>? beforeBody = null)
    {
        var probe = new DeliveryProbe { WaitForContinue = waitForContinue, BeforeBody = beforeBody };
        Ambient.Value = probe;
        return probe;
    }

    public void MarkBodySent() => Volatile.Write(ref bodySent, 1);
}
