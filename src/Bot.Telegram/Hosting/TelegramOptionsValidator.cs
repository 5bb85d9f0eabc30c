using Microsoft.Extensions.Options;

namespace Bot.Telegram.Hosting;

/// <summary>DataAnnotations of <see cref="TelegramOptions"/>, checked by generated code at start-up.</summary>
[OptionsValidator]
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>;
