using System.Net;
using Telegram.Bot.Exceptions;

namespace Bot.Telegram.Client;

/// <summary>Judges a failed attempt for <see cref="TelegramDeliveryClient"/>; see <see cref="RetryDecision"/>.</summary>
internal static class RetryJudge
{
    public static RetryDecision Judge(RequestKind kind, Exception failure, bool bodySent)
    {
        ArgumentNullException.ThrowIfNull(failure);
        switch (failure)
        {
            case ApiRequestException api:
                return api.ErrorCode == 429 || api.ErrorCode >= 500 ? RetryDecision.Retry : RetryDecision.GiveUp;
            case RequestException { HttpStatusCode: { } status }:
                var code = (int)status;
                if (code >= 500)
                {
                    return RetryDecision.Retry;
                }

                if (code is >= 200 and < 300)
                {
                    // The server answered success, but not in a form that can be read.
                    return kind == RequestKind.Posting ? RetryDecision.Unconfirmed : RetryDecision.Retry;
                }

                return status == HttpStatusCode.TooManyRequests ? RetryDecision.Retry : RetryDecision.GiveUp;
            default:
                // No answer: refused, dropped or timed out.
                return !bodySent || kind != RequestKind.Posting ? RetryDecision.Retry : RetryDecision.Unconfirmed;
        }
    }
}
