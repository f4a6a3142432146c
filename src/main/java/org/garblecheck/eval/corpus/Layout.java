package org.garblecheck.eval.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which directory of the corpus holds which versions: {@code corpus/versions.tsv}, one directory per line
 * with its kind, generator and split (tab-separated; {@code #} starts a comment). Adding a generator is
 * one line here, then {@code garblecheck manifest}.
 */
public record Layout(List<Layout.Entry> entries) {
  public static final String FILE = "versions.tsv";

  /** One directory of versions. */
  public record Entry(String dir, Kind kind, String generator, Split split) {}

  public Layout {
    entries = List.copyOf(entries);
  }

  public Entry clean() {
    return entries.stream().filter(e -> e.kind().isClean()).findFirst().orElseThrow();
  }

  public static Layout read(Path file) throws CorpusException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CorpusException(file + ": cannot read (" + e.getMessage() + ")");
    }
    List<Entry> out = new ArrayList<>();
    Set<String> dirs = new HashSet<>();
    Set<String> generators = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = file + " line " + (i + 1);
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new CorpusException(where + ": expected 4 tab-separated columns (dir, kind, generator, split),"
            + " found " + f.length);
      }
      String dir = f[0].strip();
      Kind kind = Kind.parse(f[1]).filter(k -> k != Kind.DAMAGED).orElseThrow(() -> new CorpusException(where
          + ": unknown kind '" + f[1] + "' (expected clean, roundtrip, spun or handmade)"));
      String generator = f[2].strip();
      Split split = Split.parse(f[3]).orElseThrow(() -> new CorpusException(where + ": unknown split '" + f[3]
          + "' (expected fit or test)"));
      if (dir.isEmpty() || dir.contains("/") || dir.contains("\\") || dir.startsWith(".")) {
        throw new CorpusException(where + ": directory must be a plain name inside the corpus, not '" + dir + "'");
      }
      if (generator.isEmpty() || generator.contains(" ")) {
        throw new CorpusException(where + ": generator must be one word, not '" + generator + "'");
      }
      if (!dirs.add(dir)) {
        throw new CorpusException(where + ": directory '" + dir + "' is listed twice");
      }
      if (!generators.add(generator)) {
        throw new CorpusException(where + ": generator '" + generator + "' is listed twice");
      }
      if (kind.isClean() != generator.equals("none")) {
        throw new CorpusException(where + ": the clean directory, and only it, has generator 'none'");
      }
      out.add(new Entry(dir, kind, generator, split));
    }
    long clean = out.stream().filter(e -> e.kind().isClean()).count();
    if (clean != 1) {
      throw new CorpusException(file + ": needs exactly one directory of kind clean, found " + clean);
    }
    return new Layout(out);
  }
}
