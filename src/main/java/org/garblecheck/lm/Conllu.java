package org.garblecheck.lm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the Penn tags (column 5, XPOS) of a CoNLL-U file, one list per sentence. */
final class Conllu {
  private Conllu() {}

  static List<List<String>> tagSequences(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          out.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      // multi-word token ranges (1-2) and empty nodes (1.1) carry no tag of their own
      if (cols.length < 5 || cols[0].contains("-") || cols[0].contains(".")) {
        continue;
      }
      String tag = cols[4];
      current.add(PosTags.LEXICAL.contains(tag) ? tag + ":" + cols[1].toLowerCase(java.util.Locale.ROOT) : tag);
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }
}
