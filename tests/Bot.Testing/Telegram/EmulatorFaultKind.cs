namespace Bot.Testing.Telegram;

public enum EmulatorFaultKind
{
    Error,
    DropConnection,
    Delay,
}
