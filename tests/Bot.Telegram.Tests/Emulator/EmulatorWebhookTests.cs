using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Testing.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Bot.Telegram.Tests.Emulator;

/// <summary>The emulator's webhooks: setWebhook refuses what Telegram refuses, and deliveries carry the secret, keep chat order and move on from a failing target.</summary>
public sealed class EmulatorWebhookTests : IAsyncLifetime, IDisposable
{
    private readonly HttpClient http = new();
    private TelegramBotApiEmulator telegram = null!;

    public async Task InitializeAsync() => telegram = await TelegramBotApiEmulator.StartAsync();

    public async Task DisposeAsync() => await telegram.DisposeAsync();

    public void Dispose() => http.Dispose();

    [Theory]
    [InlineData("http://bot.example.com/hook", null, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")]
    [InlineData("https://bot.example.com:8080/hook", null, "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")]
    [InlineData("https://bot.example.com/hook", "has space", "Bad Request: secret token contains unallowed characters")]
    [InlineData("https://bot.example.com/hook", "", "Bad Request: secret token contains unallowed characters")]
    public async Task SetWebhook_WhatTelegramRefuses_400WithItsDescription(string url, string? secret, string description)
    {
        var parameters = new JsonObject { ["url"] = url };
        if (secret is not null)
        {
            parameters["secret_token"] = secret;
        }

        var answer = await CallAsync("setWebhook", parameters);

        Assert.False(answer["ok"]!.GetValue<bool>());
        Assert.Equal(400, answer["error_code"]!.GetValue<int>());
        Assert.Equal(description, answer["description"]!.GetValue<string>());
        Assert.Null(telegram.WebhookUrl);
    }

    [Fact]
    public async Task SetWebhook_Valid_SetThenReportedAndDeleted()
    {
        var set = await CallAsync("setWebhook", new JsonObject { ["url"] = "https://bot.example.com:8443/hook", ["secret_token"] = "abc_DEF-123", ["max_connections"] = 5, ["allowed_updates"] = new JsonArray("message") });
        var info = (await CallAsync("getWebhookInfo", new JsonObject()))["result"]!;
        var polled = await CallAsync("getUpdates", new JsonObject());
        var deleted = await CallAsync("deleteWebhook", new JsonObject());
        var again = await CallAsync("deleteWebhook", new JsonObject());

        Assert.Equal("Webhook was set", set["description"]!.GetValue<string>());
        Assert.Equal("https://bot.example.com:8443/hook", info["url"]!.GetValue<string>());
        Assert.Equal(5, info["max_connections"]!.GetValue<int>());
        Assert.Equal("message", info["allowed_updates"]![0]!.GetValue<string>());
        Assert.Equal(409, polled["error_code"]!.GetValue<int>());
        Assert.Equal("Webhook was deleted", deleted["description"]!.GetValue<string>());
        Assert.Equal("Webhook is already deleted", again["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delivery_FirstTargetDown_RetriedOnTheNextWithTheSecretInChatOrder()
    {
        var received = new List<(string? Secret, long UpdateId)>();
        await using var target = await StartTargetAsync(async context =>
        {
            var update = await JsonNode.ParseAsync(context.Request.Body);
            lock (received)
            {
                received.Add((context.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].FirstOrDefault(), update!["update_id"]!.GetValue<long>()));
            }
        });
        await CallAsync("setWebhook", new JsonObject { ["url"] = "https://bot.example.com/hook", ["secret_token"] = "s3cret" });
        var user = telegram.CreateUser("Ana");
        var chat = telegram.PrivateChatWith(user);
        var first = telegram.SendText(chat, user, "one");
        var second = telegram.SendText(chat, user, "two");

        telegram.RouteWebhookTo(new Uri("http://127.0.0.1:1/down"), target.Url);
        await telegram.WaitForWebhookQueueEmptyAsync();

        Assert.Equal([("s3cret", first.UpdateId), ("s3cret", second.UpdateId)], received);
        Assert.Contains(telegram.WebhookDeliveries, d => d.StatusCode == 0 && d.Target.Port == 1);
        var info = (await CallAsync("getWebhookInfo", new JsonObject()))["result"]!;
        Assert.StartsWith("Connection refused", info["last_error_message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<JsonObject> CallAsync(string method, JsonObject parameters)
    {
        using var response = await http.PostAsJsonAsync(telegram.MethodUri(method), parameters);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task<Target> StartTargetAsync(Func<HttpContext, Task> handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/hook", handle);
        await app.StartAsync();
        return new Target(app, new Uri(app.Urls.First() + "/hook"));
    }

    private sealed record Target(WebApplication App, Uri Url) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
