package org.garblecheck.detect.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Reading a model file gives the very model that its lines, put into a map, give. */
class CharModelReadTest {
  static Map<String, Integer> lines(String resource) throws IOException {
    Map<String, Integer> out = new TreeMap<>();
    try (InputStream in = CharModelReadTest.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          int tab = line.indexOf('\t');
          out.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
        }
      }
    }
    return out;
  }

  @Test
  void bundledModelsReadAsTheirLinesSay() throws IOException {
    for (String resource : List.of(WordShapes.ENGLISH, WordShapes.FOREIGN)) {
      Map<String, Integer> ngrams = lines(resource);
      CharModel expected = CharModel.of(ngrams);
      CharModel read = CharModel.resource(resource);
      List<String> words = new ArrayList<>();
      for (String g : ngrams.keySet()) {
        words.add(g.replace("^", "").replace("$", ""));
      }
      Random random = new Random(7);
      String letters = "abcdefghijklmnopqrstuvwxyzéñøß'-";
      for (int i = 0; i < 5_000; i++) {
        StringBuilder w = new StringBuilder();
        for (int k = 1 + random.nextInt(12); k > 0; k--) {
          w.append(letters.charAt(random.nextInt(letters.length())));
        }
        words.add(w.toString());
      }
      for (String w : words) {
        assertEquals(expected.bits(w), read.bits(w), 0.0, resource + ": " + w);
      }
    }
  }

  @Test
  void aLaterLineForTheSameNgramWins() throws IOException {
    String file = "# test\na\t5\nb\t3\nab\t2\na\t7\n";
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(file.getBytes(StandardCharsets.UTF_8));
    }
    CharModel read = CharModel.read(new java.io.ByteArrayInputStream(gz.toByteArray()));
    CharModel expected = CharModel.of(Map.of("a", 7, "b", 3, "ab", 2));
    for (String w : List.of("a", "b", "ab", "ba", "abc", "")) {
      assertEquals(expected.bits(w), read.bits(w), 0.0, w);
    }
  }
}
