package org.garblecheck.lm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeMap;

/**
 * How common each word is in English at large: counts from a broad frequency list (one {@code word count}
 * per line, e.g. the SymSpell list derived from Google Books), kept in an {@link NgramStore}. The n-gram
 * model's own counts come from a few million words; this list tells a rare word ("parley", "selfsame")
 * from a common one that our corpus happens to lack ("outcomes", "curriculum"). Thread-safe.
 */
public final class WordFrequencies {
  public static final String FILE = "lm-frequencies.fst";
  private final NgramStore store;

  private WordFrequencies(NgramStore store) {
    this.store = store;
  }

  private static final class Bundled {
    static final WordFrequencies INSTANCE = load();

    private static WordFrequencies load() {
      try (InputStream in = WordFrequencies.class.getResourceAsStream("/models/" + FILE)) {
        if (in == null) {
          throw new IOException("the jar has no /models/" + FILE + "; rebuild it with corpus/scripts/build-lm.sh");
        }
        return new WordFrequencies(NgramStore.read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the word frequencies", e);
      }
    }
  }

  public static WordFrequencies bundled() {
    return Bundled.INSTANCE;
  }

  /** Reads a {@code word count} list (blank lines and lines that are not two fields are skipped). */
  public static WordFrequencies fromList(Path list) throws IOException {
    TreeMap<NgramStore.Key, Long> entries = new TreeMap<>();
    for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      String[] f = line.replace("\uFEFF", "").trim().split("\\s+");
      if (f.length != 2) {
        continue;
      }
      try {
        long c = Long.parseLong(f[1]);
        entries.merge(NgramStore.Key.of(f[0].toLowerCase(Locale.ROOT)), c, Long::sum);
      } catch (NumberFormatException e) {
        // a header or a malformed line
      }
    }
    return new WordFrequencies(NgramStore.of(entries));
  }

  public static WordFrequencies read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new WordFrequencies(NgramStore.read(in));
    }
  }

  public void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      store.write(out);
    }
  }

  /** The count of a lower-case word, 0 if the list lacks it. */
  public long count(String word) {
    return store.get(word, 0);
  }
}
