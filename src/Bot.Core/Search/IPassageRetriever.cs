namespace Bot.Core.Search;

/// <summary>Finds the passages most relevant to a question, best first.</summary>
public interface IPassageRetriever
{
    IReadOnlyList<SearchHit> Retrieve(string question, int top);
}
