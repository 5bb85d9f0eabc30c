namespace Bot.Core.Answering.Questions;

/// <summary>What kind of answer a question asks for.</summary>
public enum QuestionType
{
    What,
    When,
    Who,
    Where,
    HowLong,
    HowMuch,
    Why,
    YesNo,
}
