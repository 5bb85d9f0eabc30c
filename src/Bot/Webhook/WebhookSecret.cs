using System.Security.Cryptography;
using System.Text;

namespace Bot.Webhook;

/// <summary>
/// Webhook:SecretToken, compared in constant time: both sides are hashed first, so neither the
/// content nor the length of the secret leaks through how long a refusal takes.
/// </summary>
internal sealed class WebhookSecret
{
    /// <summary>The header Telegram sets on every webhook request.</summary>
    public const string Header = "X-Telegram-Bot-Api-Secret-Token";

    private const int MaxLength = 256;

    private readonly byte[] expected;

    public WebhookSecret(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        expected = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
    }

    /// <summary>Telegram's rule for secret_token: 1–256 characters of A–Z, a–z, 0–9, _ and -.</summary>
    public static bool IsWellFormed(string? secret) =>
        secret is { Length: > 0 and <= MaxLength } && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    public bool Matches(string? presented)
    {
        if (presented is null)
        {
            return false;
        }

        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
