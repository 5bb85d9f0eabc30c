namespace Bot.Core.Articles;

public enum BlockKind
{
    Headline,
    Lead,
    Body,
    Caption,
}
