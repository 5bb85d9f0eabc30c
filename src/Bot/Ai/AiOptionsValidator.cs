using Microsoft.Extensions.Options;

namespace Bot.Ai;

/// <summary>Validates the "Ai" section at start-up; messages name the offending key.</summary>
[OptionsValidator]
internal sealed partial class AiOptionsValidator : IValidateOptions<AiOptions>;
