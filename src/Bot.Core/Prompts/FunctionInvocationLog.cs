using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace Bot.Core.Prompts;

/// <summary>
/// Semantic Kernel's <see cref="IFunctionInvocationFilter"/>: each prompt function and each tool
/// call the model makes is logged with its duration at debug. Faults are logged at debug too: the
/// chat pipeline's fallback client warns once per outage.
/// </summary>
internal sealed class FunctionInvocationLog(ILogger logger) : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var name = string.IsNullOrEmpty(context.Function.PluginName) ? context.Function.Name : context.Function.PluginName + "." + context.Function.Name;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            var error = ex.GetType().Name;
            var failedAfter = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            PromptLog.FunctionFailed(logger, name, failedAfter, error);
            throw;
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        PromptLog.FunctionFinished(logger, name, elapsed);
    }
}
