package org.garblecheck.lm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The word tokenisation of the language model, the same when the model is built and when a sentence is
 * scored: Lucene's {@link StandardTokenizer} (Unicode word breaks, punctuation dropped), numbers mapped to
 * the class token {@value #NUMBER}, then lower case. Each token keeps its UTF-16 offsets in the sentence and
 * whether it was written with a capital (names are told apart from unknown common words that way).
 *
 * <p>Thread-safe: Lucene analyzers reuse one token stream per thread.
 */
public final class LmTokenizer {
  /** The class token that every number becomes. */
  public static final String NUMBER = "<num>";

  /** One token: its normalised term, its offsets in the text, and whether it began with a capital. */
  public record Token(String term, int start, int end, boolean capitalised) {}

  private static final Analyzer ANALYZER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new StandardTokenizer();
      TokenStream s = new NumberClassFilter(source);
      s = new LowerCaseFilter(s);
      return new TokenStreamComponents(source, s);
    }
  };

  private LmTokenizer() {}

  public static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int start = off.startOffset();
        out.add(new Token(term.toString(), start, off.endOffset(), Character.isUpperCase(text.charAt(start))));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tokenise", e); // a StringReader does not fail
    }
    return out;
  }

  /** Replaces tokens that {@link StandardTokenizer} types as numbers by {@value #NUMBER}. */
  private static final class NumberClassFilter extends TokenFilter {
    private static final String NUM_TYPE = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    NumberClassFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (NUM_TYPE.equals(type.type()) || startsWithDigit()) {
        term.setEmpty().append(NUMBER);
      }
      return true;
    }

    private boolean startsWithDigit() {
      return term.length() > 0 && Character.isDigit(term.charAt(0));
    }
  }
}
