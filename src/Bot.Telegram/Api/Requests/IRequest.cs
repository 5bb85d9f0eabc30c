namespace Bot.Telegram.Api.Requests;

/// <summary>
/// One Bot API method call. The request object's public properties are its parameters,
/// serialized as a snake_case JSON body; <see cref="MethodName"/> is the URL's last segment.
/// </summary>
public interface IRequest<TResponse>
{
    [System.Text.Json.Serialization.JsonIgnore]
    string MethodName { get; }
}
