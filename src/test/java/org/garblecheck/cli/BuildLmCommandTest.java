package org.garblecheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.garblecheck.lm.FluencyModel;
import org.garblecheck.lm.LmTokenizer;
import org.garblecheck.lm.WordFrequencies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildLmCommandTest {
  private static final String CONLLU = """
      # sent_id = 1
      1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
      2\tcat\tcat\tNOUN\tNN\t_\t3\tnsubj\t_\t_
      3\tslept\tsleep\tVERB\tVBD\t_\t0\troot\t_\t_
      4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

      """;

  private static Run run(String... args) {
    return Run.of(args);
  }

  @Test
  void buildsTheSameModelTwiceAndTheModelKnowsItsText(@TempDir Path dir) throws Exception {
    Path text = Files.createDirectories(dir.resolve("text"));
    Files.writeString(text.resolve("a.txt"), "The council voted on Monday. The council met again on Friday.\n"
        + "Talks between the two sides resumed in the capital.\n");
    Files.writeString(text.resolve("b.txt"), "The talks resumed. The council voted again on Monday.\n");
    Files.writeString(text.resolve("tags.conllu"), CONLLU);
    Files.writeString(text.resolve("notes.md"), "ignored: not .txt or .conllu");
    Run first = run("build-lm", "--out", dir.resolve("m1").toString(), "-j", "1", text.toString());
    Run second = run("build-lm", "--out", dir.resolve("m2").toString(), "-j", "2", text.toString());
    assertEquals(0, first.code(), first.err());
    assertEquals(0, second.code(), second.err());
    assertTrue(first.err().contains("3 files, 5 sentences, 29 word tokens"), first.err());
    for (String f : new String[] {FluencyModel.WORDS_FILE, FluencyModel.POS_FILE}) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("m1").resolve(f)), Files.readAllBytes(dir.resolve("m2").resolve(f)), f);
    }
    FluencyModel m = FluencyModel.read(dir.resolve("m1"));
    int[] ids = m.wordIds(LmTokenizer.tokenize("the council voted"));
    assertEquals(3, m.words().rawCount(m.words().id("council")));
    assertEquals(3, m.words().rawCount(ids[0], ids[1]));
    assertEquals(2, m.words().rawCount(ids[1], ids[2]));
    assertTrue(m.pos().id("NN") > 0 && m.pos().id("DT:the") > 0, "tags from the .conllu and the tagger");
  }

  @Test
  void frequencyListsAloneWriteTheWordAndPairTableWithAmericanSpellings(@TempDir Path dir) throws Exception {
    Path words = dir.resolve("words.txt");
    Path pairs = dir.resolve("pairs.txt");
    Files.writeString(words, "\uFEFFcolour 40\nthe 900\ntalks 30\nnot a count\n");
    Files.writeString(pairs, "peace talks 12\nthe colour 7\nthe color 3\nbad line\n");
    Run r = run("build-lm", "--out", dir.resolve("m").toString(), "--frequencies", words.toString(),
        "--frequencies", pairs.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("2 frequency list(s)"), r.err());
    WordFrequencies f = WordFrequencies.read(dir.resolve("m").resolve(WordFrequencies.FILE));
    assertEquals(900, f.count("the"));
    assertEquals(12, f.count("peace", "talks"));
    assertEquals(0, f.count("talks", "peace"));
    assertEquals(40, f.count("colour"));
    assertEquals(40, f.count("color"), "the American spelling the list lacks, from LanguageTool's list");
    assertEquals(3, f.count("the", "color"), "a key the list has keeps its own count");
    assertEquals(0, f.count("not"));
    assertTrue(Files.notExists(dir.resolve("m").resolve(FluencyModel.WORDS_FILE)), "no text, no word model");
    Run missing = run("build-lm", "--out", dir.resolve("m").toString(), "--frequencies", dir.resolve("no").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("--frequencies " + dir.resolve("no") + ": no such file"), missing.err());
  }

  @Test
  void usageMistakesGiveOneClearLine(@TempDir Path dir) {
    Run noOut = run("build-lm", dir.toString());
    assertEquals(2, noOut.code());
    assertTrue(noOut.err().startsWith("garblecheck build-lm: --out DIR is required\n"), noOut.err());
    Run missing = run("build-lm", "--out", dir.resolve("m").toString(), dir.resolve("nope").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no such file or folder"), missing.err());
    Run empty = run("build-lm", "--out", dir.resolve("m").toString(), dir.toString());
    assertEquals(2, empty.code());
    assertTrue(empty.err().contains("no .txt or .conllu files"), empty.err());
  }
}
