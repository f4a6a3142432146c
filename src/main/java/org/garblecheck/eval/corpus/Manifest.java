package org.garblecheck.eval.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.garblecheck.input.InputException;
import org.garblecheck.input.TextDecoder;

/**
 * The labelled corpus: one {@link Version} per article version, with the lines that differ from the clean
 * version. Written as {@code corpus/manifest.tsv} (tab-separated, one header line, rows sorted by
 * directory in {@link Layout} order and then by file name) and rebuilt from the files by
 * {@code garblecheck manifest}.
 */
public record Manifest(List<Version> versions, List<String> notes) {
  public static final String HEADER = "path\tarticle\tkind\tgenerator\tsplit\tchanged_lines";

  public Manifest {
    versions = List.copyOf(versions);
    notes = List.copyOf(notes);
  }

  /** Builds the manifest of a corpus directory laid out as its {@code versions.tsv} says. */
  public static Manifest build(Path corpus) throws CorpusException {
    Layout layout = Layout.read(corpus.resolve(Layout.FILE));
    Layout.Entry clean = layout.clean();
    Path cleanDir = corpus.resolve(clean.dir());
    if (!Files.isDirectory(cleanDir)) {
      throw new CorpusException(cleanDir + ": the clean directory does not exist");
    }
    List<Version> out = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<String, List<String>> cleanLines = new LinkedHashMap<>();
    for (String name : texts(cleanDir)) {
      cleanLines.put(name, Lines.of(text(cleanDir.resolve(name))));
      out.add(new Version(clean.dir() + "/" + name, base(name), Kind.CLEAN, clean.generator(), clean.split(),
          List.of()));
    }
    for (Layout.Entry e : layout.entries()) {
      if (e.kind().isClean()) {
        continue;
      }
      Path dir = corpus.resolve(e.dir());
      if (!Files.isDirectory(dir)) {
        notes.add(dir + ": not there yet, skipped");
        continue;
      }
      out.addAll(damaged(dir, e.dir() + "/", e.kind(), e.generator(), e.split(), cleanDir, cleanLines));
    }
    return new Manifest(out, notes);
  }

  /**
   * Pairs a directory of clean files with directories of damaged copies by file name, for
   * {@code eval --clean DIR --damaged DIR}. Each damaged directory is one generator named after it; every
   * version counts as a test version.
   */
  public static Manifest pair(Path cleanDir, List<Path> damagedDirs) throws CorpusException {
    if (!Files.isDirectory(cleanDir)) {
      throw new CorpusException(cleanDir + ": not a directory");
    }
    List<Version> out = new ArrayList<>();
    Map<String, List<String>> cleanLines = new LinkedHashMap<>();
    for (String name : texts(cleanDir)) {
      cleanLines.put(name, Lines.of(text(cleanDir.resolve(name))));
      out.add(new Version(cleanDir.resolve(name).toString(), base(name), Kind.CLEAN, "none", Split.TEST,
          List.of()));
    }
    Set<String> generators = new HashSet<>();
    for (Path dir : damagedDirs) {
      if (!Files.isDirectory(dir)) {
        throw new CorpusException(dir + ": not a directory");
      }
      String generator = dir.toAbsolutePath().normalize().getFileName().toString();
      if (!generators.add(generator)) {
        throw new CorpusException(dir + ": two --damaged directories are both named '" + generator + "'");
      }
      out.addAll(damaged(dir, dir + "/", Kind.DAMAGED, generator, Split.TEST, cleanDir, cleanLines));
    }
    return new Manifest(out, List.of());
  }

  private static List<Version> damaged(Path dir, String prefix, Kind kind, String generator, Split split,
      Path cleanDir, Map<String, List<String>> cleanLines) throws CorpusException {
    List<Version> out = new ArrayList<>();
    for (String name : texts(dir)) {
      List<String> clean = cleanLines.get(name);
      if (clean == null) {
        throw new CorpusException(dir.resolve(name) + ": no clean version " + cleanDir.resolve(name));
      }
      List<Integer> changed;
      try {
        changed = Lines.changed(clean, Lines.of(text(dir.resolve(name))));
      } catch (IllegalArgumentException ex) {
        throw new CorpusException(dir.resolve(name) + ": " + ex.getMessage());
      }
      out.add(new Version(prefix + name, base(name), kind, generator, split, changed));
    }
    return out;
  }

  /** Reads a manifest written by {@link #format()}. */
  public static Manifest read(Path file) throws CorpusException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CorpusException(file + ": cannot read (" + e.getMessage() + ")");
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new CorpusException(file + ": not a corpus manifest (the first line must be the header '"
          + HEADER.replace("\t", "<tab>") + "')");
    }
    List<Version> out = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    for (int i = 1; i < lines.size(); i++) {
      String where = file + " line " + (i + 1);
      if (lines.get(i).isEmpty()) {
        continue;
      }
      String[] f = lines.get(i).split("\t", -1);
      if (f.length != 6) {
        throw new CorpusException(where + ": expected 6 tab-separated columns, found " + f.length);
      }
      Kind kind = Kind.parse(f[2]).orElseThrow(() -> new CorpusException(where + ": unknown kind '" + f[2]
          + "' (expected " + Kind.names() + ")"));
      Split split = Split.parse(f[4]).orElseThrow(() -> new CorpusException(where + ": unknown split '" + f[4]
          + "' (expected fit or test)"));
      List<Integer> changed = new ArrayList<>();
      if (!f[5].isEmpty()) {
        for (String n : f[5].split(",", -1)) {
          try {
            changed.add(Integer.parseInt(n.strip()));
          } catch (NumberFormatException e) {
            throw new CorpusException(where + ": changed_lines must be comma-separated line numbers, not '"
                + f[5] + "'");
          }
        }
      }
      if (!paths.add(f[0])) {
        throw new CorpusException(where + ": path " + f[0] + " is listed twice");
      }
      try {
        out.add(new Version(f[0], f[1], kind, f[3], split, changed));
      } catch (IllegalArgumentException e) {
        throw new CorpusException(where + ": " + e.getMessage());
      }
    }
    return new Manifest(out, List.of());
  }

  /** The TSV text: header, then one row per version, {@code \n} line ends. */
  public String format() {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (Version v : versions) {
      b.append(v.path()).append('\t').append(v.article()).append('\t').append(v.kind().id()).append('\t')
          .append(v.generator()).append('\t').append(v.split().id()).append('\t')
          .append(v.changedLines().stream().map(String::valueOf).collect(Collectors.joining(","))).append('\n');
    }
    return b.toString();
  }

  /** The clean version of every article, by article name. */
  public Map<String, Version> cleanByArticle() {
    Map<String, Version> m = new LinkedHashMap<>();
    for (Version v : versions) {
      if (v.isClean()) {
        m.put(v.article(), v);
      }
    }
    return m;
  }

  /** Reads a corpus text file as UTF-8, the way {@code score} reads it. */
  public static String text(Path file) throws CorpusException {
    try {
      return TextDecoder.decode(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new CorpusException(file + ": cannot read (" + e.getMessage() + ")");
    } catch (InputException e) {
      throw new CorpusException(file + ": " + e.getMessage());
    }
  }

  private static List<String> texts(Path dir) throws CorpusException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt") && !n.startsWith("."))
          .collect(Collectors.toCollection(TreeSet::new))
          .stream().toList();
    } catch (IOException e) {
      throw new CorpusException(dir + ": cannot list (" + e.getMessage() + ")");
    }
  }

  private static String base(String fileName) {
    return fileName.substring(0, fileName.length() - ".txt".length());
  }
}
