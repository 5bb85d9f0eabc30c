using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Bot.Bench.Peers;

/// <summary>
/// The peer a .NET user would pick: Lucene.Net 4.8 in memory, with its Indonesian analyzer
/// (lower case, Indonesian stop words, the Tala/Adriani stemmer) and BM25 (k1 1.2, b 0.75, as
/// ours). The question is analysed by the same analyzer and asked as an OR of its terms, as
/// Lucene's classic query parser does by default. Hits name their article through a doc value.
/// </summary>
internal sealed class LuceneIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string Body = "body";
    private const string Row = "row";

    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _analyzer = new IndonesianAnalyzer(Version);
    private readonly List<string> _articleIds = [];
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;
    private NumericDocValues? _rows;

    public int Count => _articleIds.Count;

    /// <summary>The index's size: the bytes of its files in the in-memory directory.</summary>
    public long Bytes => _directory.GetSizeInBytes();

    /// <summary>Adds every document with one writer and commits; searches see them afterwards.</summary>
    public void AddRange(IEnumerable<Fts5Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var config = new IndexWriterConfig(Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 256,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            var body = new TextField(Body, "", Field.Store.NO);
            var row = new NumericDocValuesField(Row, 0);
            var document = new Document { body, row };
            foreach (var item in documents)
            {
                body.SetStringValue(item.Text);
                row.SetInt64Value(_articleIds.Count);
                writer.AddDocument(document);
                _articleIds.Add(item.ArticleId);
            }

            writer.Commit();
        }

        _reader?.Dispose();
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _rows = MultiDocValues.GetNumericValues(_reader, Row);
    }

    /// <summary>The article ids of the best <paramref name="top"/> documents for the question, best first.</summary>
    public IReadOnlyList<string> Search(string question, int top)
    {
        if (_searcher is null || _rows is null)
        {
            return [];
        }

        var query = new BooleanQuery();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using (var stream = _analyzer.GetTokenStream(Body, question))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var text = term.ToString();
                if (seen.Add(text))
                {
                    query.Add(new TermQuery(new Term(Body, text)), Occur.SHOULD);
                }
            }

            stream.End();
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var hits = _searcher.Search(query, top).ScoreDocs;
        var ids = new List<string>(hits.Length);
        foreach (var hit in hits)
        {
            ids.Add(_articleIds[(int)_rows.Get(hit.Doc)]);
        }

        return ids;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
