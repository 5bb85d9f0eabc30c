using Microsoft.ML.Tokenizers;

namespace Bot.Embeddings.Onnx;

/// <summary>BERT's WordPiece from a <c>vocab.txt</c>: [CLS] pieces [SEP].</summary>
internal sealed class WordPieceEncoder : ITokenEncoder
{
    private readonly BertTokenizer _tokenizer;

    public WordPieceEncoder(string vocabPath, bool lowerCase)
    {
        _tokenizer = BertTokenizer.Create(vocabPath, new BertOptions { LowerCaseBeforeTokenization = lowerCase });
    }

    public int PaddingId => _tokenizer.PaddingTokenId;

    public IReadOnlyList<int> Encode(string text, int maxTokens)
        => _tokenizer.EncodeToIds(text, maxTokens, addSpecialTokens: true, out _, out _);
}
