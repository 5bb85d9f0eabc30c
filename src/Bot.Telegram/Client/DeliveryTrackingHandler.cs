using System.Net;

namespace Bot.Telegram.Client;

/// <summary>
/// The HTTP handler under Telegram.Bot: records on the current <see cref="DeliveryProbe"/> whether
/// the request body was sent. For requests that must not run twice it sends <c>Expect: 100-continue</c>,
/// so the body (and with it every parameter) leaves only once the server has accepted the request
/// headers: a connection refused or dropped before that proves nothing happened.
/// </summary>
internal sealed class DeliveryTrackingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (DeliveryProbe.Current is { } probe)
        {
            if (request.Content is { } content)
            {
                request.Content = new ObservedContent(content, probe);
            }

            if (probe.WaitForContinue)
            {
                request.Headers.ExpectContinue = true;
            }
        }

        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>The request's own content, running the probe's hook and marking the probe when its first byte is written.</summary>
    private sealed class ObservedContent : HttpContent
    {
        private readonly HttpContent inner;
        private readonly DeliveryProbe probe;

        public ObservedContent(HttpContent inner, DeliveryProbe probe)
        {
            this.inner = inner;
            this.probe = probe;
            foreach (var header in inner.Headers)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            if (probe.BeforeBody is { } before)
            {
                await before(cancellationToken).ConfigureAwait(false);
            }

            probe.MarkBodySent();
            await inner.CopyToAsync(stream, context, cancellationToken).ConfigureAwait(false);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override bool TryComputeLength(out long length)
        {
            length = inner.Headers.ContentLength ?? -1;
            return length >= 0;
        }
    }
}
