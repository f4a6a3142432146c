package org.garblecheck.lm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.languagetool.AnalyzedSentence;

/**
 * The statistical model of fluent English: a word n-gram model over {@link LmTokenizer} tokens and a
 * part-of-speech n-gram model over {@link PosTags}. Immutable and thread-safe; the bundled model (jar
 * resources {@code /models/lm-words.fst} and {@code /models/lm-pos.fst}, built by
 * {@code garblecheck build-lm}) is loaded once per JVM.
 */
public final class FluencyModel {
  public static final String WORDS_FILE = "lm-words.fst";
  public static final String POS_FILE = "lm-pos.fst";

  private final NgramModel words;
  private final NgramModel pos;

  public FluencyModel(NgramModel words, NgramModel pos) {
    this.words = words;
    this.pos = pos;
  }

  private static final class Bundled {
    static final FluencyModel INSTANCE = load();

    private static FluencyModel load() {
      try (InputStream w = resource(WORDS_FILE); InputStream p = resource(POS_FILE)) {
        return new FluencyModel(NgramModel.read(w), NgramModel.read(p));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled language model", e);
      }
    }

    private static InputStream resource(String name) throws IOException {
      InputStream in = FluencyModel.class.getResourceAsStream("/models/" + name);
      if (in == null) {
        throw new IOException("the jar has no /models/" + name + "; rebuild it with corpus/scripts/build-lm.sh");
      }
      return in;
    }
  }

  /** The model shipped in the jar. */
  public static FluencyModel bundled() {
    return Bundled.INSTANCE;
  }

  public static FluencyModel read(Path dir) throws IOException {
    try (InputStream w = Files.newInputStream(dir.resolve(WORDS_FILE));
        InputStream p = Files.newInputStream(dir.resolve(POS_FILE))) {
      return new FluencyModel(NgramModel.read(w), NgramModel.read(p));
    }
  }

  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (OutputStream w = Files.newOutputStream(dir.resolve(WORDS_FILE))) {
      words.write(w);
    }
    try (OutputStream p = Files.newOutputStream(dir.resolve(POS_FILE))) {
      pos.write(p);
    }
  }

  public NgramModel words() {
    return words;
  }

  public NgramModel pos() {
    return pos;
  }

  /** Word ids of tokens, unknown words mapped as at build time. */
  public int[] wordIds(List<LmTokenizer.Token> tokens) {
    return ids(words, tokens);
  }

  static int[] ids(NgramModel m, List<LmTokenizer.Token> tokens) {
    int[] ids = new int[tokens.size()];
    for (int i = 0; i < ids.length; i++) {
      LmTokenizer.Token t = tokens.get(i);
      int id = m.id(t.term());
      ids[i] = id != 0 ? id : t.capitalised() && i > 0 ? NgramModel.UNK_CAPITALISED : NgramModel.UNK;
    }
    return ids;
  }

  static int[] tagIds(NgramModel m, List<String> tags) {
    int[] ids = new int[tags.size()];
    for (int i = 0; i < ids.length; i++) {
      int id = m.id(tags.get(i));
      ids[i] = id != 0 ? id : NgramModel.UNK;
    }
    return ids;
  }

  /** Scores a sentence: its text (for the word model) and LanguageTool's analysis of it (for the tags). */
  public SentenceSurprisal score(String sentence, AnalyzedSentence analyzed) {
    List<LmTokenizer.Token> tokens = LmTokenizer.tokenize(sentence);
    int[] w = wordIds(tokens);
    int[] p = tagIds(pos, PosTags.of(analyzed));
    return new SentenceSurprisal(tokens, words.surprisals(w), words.unigramSurprisals(w), pos.surprisals(p),
        pos.unigramSurprisals(p));
  }
}
