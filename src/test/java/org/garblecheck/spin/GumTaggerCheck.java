package org.garblecheck.spin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/**
 * Measures {@link ContextTagger} against the hand-tagged GUM corpus (CoNLL-U, Penn tags in column 5): of the
 * words it decides, how many get the right class, and how many of those the right form. Not a test (the
 * data lives outside the project); run it with
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.garblecheck.spin.GumTaggerCheck -Dexec.args=PATH/TO/shared/data/gum
 * </pre>
 *
 * Sentences whose LanguageTool tokens differ from GUM's are skipped.
 */
public final class GumTaggerCheck {
  private GumTaggerCheck() {}

  public static void main(String[] args) throws IOException {
    JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
    long sentences = 0;
    long aligned = 0;
    long content = 0;
    long decided = 0;
    long rightClass = 0;
    long rightForm = 0;
    long ambiguous = 0;
    long ambiguousRight = 0;
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      files = s.filter(p -> p.toString().endsWith(".conllu")).sorted().toList();
    }
    for (Path f : files) {
      String text = null;
      List<String> words = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.startsWith("# text = ")) {
          text = line.substring("# text = ".length());
          words.clear();
          tags.clear();
        } else if (text != null && !line.isEmpty() && !line.startsWith("#")) {
          String[] c = line.split("\t");
          if (!c[0].contains("-") && !c[0].contains(".")) {
            words.add(c[1]);
            tags.add(c[4]);
          }
        } else if (line.isEmpty() && text != null) {
          sentences++;
          List<Token> tokens = Token.of(lt.getAnalyzedSentence(text), 0);
          if (tokens.stream().map(Token::text).toList().equals(words)) {
            aligned++;
            for (int i = 0; i < tokens.size(); i++) {
              if (ContextTagger.isContent(tokens.get(i))) {
                content++;
              }
              Optional<Reading> r = ContextTagger.read(tokens, i);
              if (r.isEmpty()) {
                continue;
              }
              decided++;
              String gold = tags.get(i);
              boolean ok = WordClass.ofTag(gold).orElse(null) == r.get().wordClass();
              boolean multi = tokens.get(i).classes().size() > 1;
              if (multi) {
                ambiguous++;
              }
              if (ok) {
                rightClass++;
                if (multi) {
                  ambiguousRight++;
                }
                if ((gold.equals("VBP") ? "VB" : gold).equals(r.get().tag())) {
                  rightForm++;
                }
              }
            }
          }
          text = null;
        }
      }
    }
    System.out.printf(Locale.ROOT, "sentences %d, aligned %d; content words %d, decided %d (%.1f%%)%n",
        sentences, aligned, content, decided, 100.0 * decided / content);
    System.out.printf(Locale.ROOT, "right class %.1f%% of decided; right form %.1f%% of those;"
        + " ambiguous words decided %d, right class %.1f%%%n",
        100.0 * rightClass / decided, 100.0 * rightForm / rightClass, ambiguous, 100.0 * ambiguousRight / ambiguous);
  }
}
