namespace Bot.Core.Answering.Questions;

/// <summary>Whether a question asks for the latest or the earliest of several events.</summary>
public enum TemporalOrder
{
    None,
    Last,
    First,
}
