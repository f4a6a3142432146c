package org.garblecheck.detect.words;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the {@link CharModel} files shipped in {@code corpus/models/}. Every distinct word
 * counts once, so a model describes the shapes of words, not the frequency of a few common ones. Output is
 * sorted and byte-for-byte reproducible ({@code corpus/scripts/build-word-shapes.sh} runs both modes).
 *
 * <pre>
 * CharModelBuilder english WORDLIST OUT.tsv.gz
 *     words of a list, one per line, optionally followed by a space and a count (SymSpell's format)
 * CharModelBuilder foreign LINES(.gz) ENGLISH_WORDLIST OUT.tsv.gz
 *     lower-case words of the lines that are not English (fewer than one in ten words an English function
 *     word) and not in the English list; Latin-script words only
 * </pre>
 */
public final class CharModelBuilder {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "and", "to", "is", "that",
      "in", "we", "this", "it", "for", "are", "be", "on", "with", "have", "which", "not");

  private CharModelBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("english")) {
      SortedSet<String> words = wordList(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8));
      write(count(words), "English word list " + Path.of(args[1]).getFileName() + ": " + words.size()
          + " distinct words", Path.of(args[2]));
    } else if (args.length == 4 && args[0].equals("foreign")) {
      SortedSet<String> english = wordList(Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8));
      SortedSet<String> words = foreignWords(Path.of(args[1]), english);
      write(count(words), "non-English words of " + Path.of(args[1]).getFileName() + " not in "
          + Path.of(args[2]).getFileName() + ": " + words.size() + " distinct words", Path.of(args[3]));
    } else {
      System.err.println("usage: CharModelBuilder english WORDLIST OUT.tsv.gz\n"
          + "       CharModelBuilder foreign LINES[.gz] ENGLISH_WORDLIST OUT.tsv.gz");
      System.exit(2);
    }
  }

  /** The distinct lower-case words of a word list (first field of each line, BOM and blanks skipped). */
  static SortedSet<String> wordList(List<String> lines) {
    SortedSet<String> words = new TreeSet<>();
    for (String line : lines) {
      String w = line.replace("\uFEFF", "").strip();
      int sp = w.indexOf(' ');
      if (sp >= 0) {
        w = w.substring(0, sp);
      }
      w = w.toLowerCase(Locale.ROOT);
      if (!w.isEmpty() && usable(w)) {
        words.add(w);
      }
    }
    return words;
  }

  static SortedSet<String> foreignWords(Path lines, Set<String> english) throws IOException {
    SortedSet<String> words = new TreeSet<>();
    try (InputStream raw = Files.newInputStream(lines);
        InputStream in = lines.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        List<String> tokens = WORD.matcher(line).results().map(m -> m.group()).toList();
        long function = tokens.stream().filter(ENGLISH_FUNCTION_WORDS::contains).count();
        if (function * 10 >= tokens.size()) {
          continue;
        }
        for (String t : tokens) {
          if (t.equals(t.toLowerCase(Locale.ROOT)) && latin(t) && !english.contains(t) && usable(t)) {
            words.add(t);
          }
        }
      }
    }
    return words;
  }

  private static boolean usable(String w) {
    return w.indexOf(CharModel.START) < 0 && w.indexOf(CharModel.END) < 0 && w.indexOf('\t') < 0;
  }

  private static boolean latin(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) >= 0x0250) {
        return false;
      }
    }
    return true;
  }

  static Map<String, Integer> count(Set<String> words) {
    Map<String, Integer> ngrams = new TreeMap<>();
    String pad = String.valueOf(CharModel.START).repeat(CharModel.ORDER - 1);
    for (String w : words) {
      String p = pad + w + CharModel.END;
      for (int i = CharModel.ORDER - 1; i < p.length(); i++) {
        for (int n = 1; n <= CharModel.ORDER; n++) {
          ngrams.merge(p.substring(i - n + 1, i + 1), 1, Integer::sum);
        }
      }
    }
    return ngrams;
  }

  static void write(Map<String, Integer> ngrams, String provenance, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(ngrams, provenance, out);
    }
  }

  static void write(Map<String, Integer> ngrams, String provenance, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8));
    w.write("# garblecheck character " + CharModel.ORDER + "-gram model of word shapes\n");
    w.write("# " + provenance + "\n");
    w.write("# ngram<TAB>number of distinct words with it at that position; ^ = word start, $ = word end\n");
    for (Map.Entry<String, Integer> e : ngrams.entrySet()) {
      w.write(e.getKey() + "\t" + e.getValue() + "\n");
    }
    w.close();
  }
}
