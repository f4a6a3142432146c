package org.garblecheck.lm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How common words and word pairs are in English at large: counts from broad frequency lists (one
 * {@code word count} or {@code word word count} per line, e.g. SymSpell's word and word-pair lists derived
 * from Google Books), kept in an {@link NgramStore}. The n-gram model's own counts come from a few million
 * words; these lists tell a rare word ("parley", "selfsame") from a common one that our corpus happens to
 * lack ("outcomes", "curriculum"), and a common pair ("peace talks", "interest rate") from one English does
 * not say. The pair list holds only common pairs (SymSpell's: about 240,000 pairs seen at least 6.4 million
 * times in Google Books), so a missing pair is not rare, only not common. Thread-safe.
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

  /** Reads one list; see {@link #fromLists(List)}. */
  public static WordFrequencies fromList(Path list) throws IOException {
    return fromLists(List.of(list));
  }

  /**
   * Reads {@code word count} and {@code word word count} lists into one table (counts of the same key
   * added; lines of one field, or whose last field is not a whole number, are skipped).
   */
  public static WordFrequencies fromLists(List<Path> lists) throws IOException {
    return fromLists(lists, Map.of());
  }

  /**
   * As {@link #fromLists(List)}, and a key with a word spelt as in {@code variants} (British → American,
   * say) is also counted under the other spelling when the lists lack that key: SymSpell's lists, for one,
   * fold "center", "color", "labor" and some other American spellings into the British ones.
   */
  public static WordFrequencies fromLists(List<Path> lists, Map<String, String> variants) throws IOException {
    TreeMap<NgramStore.Key, Long> entries = new TreeMap<>();
    for (Path list : lists) {
      for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
        String[] f = line.replace("\uFEFF", "").trim().split("\\s+");
        if (f.length < 2 || f.length > 3) {
          continue;
        }
        try {
          long c = Long.parseLong(f[f.length - 1]);
          String key = f.length == 2 ? f[0] : f[0] + ' ' + f[1];
          entries.merge(NgramStore.Key.of(key.toLowerCase(Locale.ROOT)), c, Long::sum);
        } catch (NumberFormatException e) {
          // a header or a malformed line
        }
      }
    }
    TreeMap<NgramStore.Key, Long> added = new TreeMap<>();
    for (var e : entries.entrySet()) {
      String key = new String(e.getKey().bytes(), StandardCharsets.UTF_8);
      String[] w = key.split(" ");
      boolean changed = false;
      for (int i = 0; i < w.length; i++) {
        String v = variants.get(w[i]);
        if (v != null) {
          w[i] = v;
          changed = true;
        }
      }
      NgramStore.Key other = NgramStore.Key.of(String.join(" ", w));
      if (changed && !entries.containsKey(other)) {
        added.merge(other, e.getValue(), Long::sum);
      }
    }
    entries.putAll(added);
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

  /** The count of a pair of lower-case words, 0 if the list lacks it (it is not a common pair). */
  public long count(String first, String second) {
    return store.get(first + ' ' + second, 0);
  }
}
