// The analysis chains and full-text query construction of govwatch's Elasticsearch layout, on real Lucene.
//
// Compiled and run by tests/search_index/test_lucene_analysis.py (javac at test time, classpath: the Lucene
// jars of the Debian package liblucene8-java). It reads tab-separated commands on stdin, one per line (UTF-8):
//
//   A <chain> <text>      analyze: prints "T term posInc posLen start end type" per token, then "E"
//   D <id> <text>         add a document whose field "f" is indexed with the "index" chain
//   Q <kind> <text>       build the query <kind> for <text> on field "f", run it on the documents:
//                         prints "R <leaf clauses or TOO_MANY> <matching ids, comma-separated>"
//
// Chains (es_templates.analysis_settings): index = standard + cjk_width + lowercase + cjk_bigram with unigrams;
// search = the same with bigrams only; chars = standard + cjk_width + lowercase.
// Query kinds: "graph" = what version 1 of the backend sent (a match query, operator and, analyzed with the
// index chain, phrase per graph path as Elasticsearch's auto_generate_synonyms_phrase_query does); "flat" =
// what the backend sends now (match with the search chain, operator and, AND match_phrase with chars).
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

public class LuceneCheck {
    static final int ALL_CJK = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
            | CJKBigramFilter.HANGUL;

    static Analyzer chain(final String name) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();  // max token length 255, as in Elasticsearch
                TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(source));
                if (name.equals("index")) {
                    stream = new CJKBigramFilter(stream, ALL_CJK, true);
                } else if (name.equals("search")) {
                    stream = new CJKBigramFilter(stream, ALL_CJK, false);
                } else if (!name.equals("chars")) {
                    throw new IllegalArgumentException("unknown chain " + name);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    static int leaves(Query query) {
        final int[] n = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query q) {
                n[0]++;
            }

            @Override
            public void consumeTerms(Query q, org.apache.lucene.index.Term... terms) {
                n[0]++;
            }
        });
        return n[0];
    }

    static Query build(String kind, String text) {
        if (kind.equals("graph")) {
            QueryBuilder qb = new QueryBuilder(chain("index"));
            qb.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
            return qb.createBooleanQuery("f", text, BooleanClause.Occur.MUST);
        }
        if (kind.equals("flat")) {
            Query terms = new QueryBuilder(chain("search")).createBooleanQuery("f", text, BooleanClause.Occur.MUST);
            Query phrase = new QueryBuilder(chain("chars")).createPhraseQuery("f", text);
            if (terms == null || phrase == null) {
                return null;
            }
            return new BooleanQuery.Builder().add(terms, BooleanClause.Occur.MUST)
                    .add(phrase, BooleanClause.Occur.MUST).build();
        }
        throw new IllegalArgumentException("unknown query kind " + kind);
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        List<String[]> docs = new ArrayList<>();
        IndexSearcher searcher = null;
        String line;
        while ((line = in.readLine()) != null) {
            String[] parts = line.split("\t", 3);
            if (parts[0].equals("A")) {
                try (TokenStream ts = chain(parts[1]).tokenStream("f", parts[2])) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
                    PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
                    OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
                    TypeAttribute type = ts.addAttribute(TypeAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        out.println("T\t" + term + "\t" + inc.getPositionIncrement() + "\t" + len.getPositionLength()
                                + "\t" + off.startOffset() + "\t" + off.endOffset() + "\t" + type.type());
                    }
                    ts.end();
                }
                out.println("E");
            } else if (parts[0].equals("D")) {
                docs.add(new String[] {parts[1], parts[2]});
                searcher = null;
            } else if (parts[0].equals("Q")) {
                if (searcher == null) {
                    dir = new ByteBuffersDirectory();
                    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(chain("index")))) {
                        for (String[] d : docs) {
                            Document doc = new Document();
                            doc.add(new StringField("id", d[0], Field.Store.YES));
                            doc.add(new TextField("f", d[1], Field.Store.NO));
                            w.addDocument(doc);
                        }
                    }
                    searcher = new IndexSearcher(DirectoryReader.open(dir));
                }
                Query query;
                try {
                    query = build(parts[1], parts[2]);
                } catch (BooleanQuery.TooManyClauses e) {
                    out.println("R\tTOO_MANY\t");
                    continue;
                }
                if (query == null) {
                    out.println("R\t0\t");
                    continue;
                }
                int clauses = leaves(query);
                if (clauses > BooleanQuery.getMaxClauseCount()) {
                    out.println("R\tTOO_MANY\t");
                    continue;
                }
                TreeSet<String> ids = new TreeSet<>();
                for (ScoreDoc sd : searcher.search(query, 10000).scoreDocs) {
                    ids.add(searcher.doc(sd.doc).get("id"));
                }
                out.println("R\t" + clauses + "\t" + String.join(",", ids));
            } else {
                throw new IllegalArgumentException("unknown command " + parts[0]);
            }
        }
    }
}
