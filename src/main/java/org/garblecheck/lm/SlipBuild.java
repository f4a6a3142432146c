package org.garblecheck.lm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/**
 * Trains the grammatical-slip model over {@link SlipWindows} from a folder of fluent English ({@code .txt},
 * one sentence per line) and folders of line-aligned copies with slips ({@code corpus/scripts/grammar-slips.py},
 * one folder per seed).
 * Every word of a fluent sentence is a negative. In a copy that differs from its fluent line, the words are
 * aligned with the fluent ones (longest common subsequence of lower-cased tokens): a word that is not in
 * the fluent sentence, and the two words around a fluent word that went missing, are positives; the other
 * words of the copy are the fluent ones again and are skipped. Files are read in name order and the trainer
 * is seeded, so the same folders give the same model.
 */
public final class SlipBuild {
  private final WordingBuild.Settings settings;
  private final Consumer<String> log;
  private WordingBuild.Stats stats = new WordingBuild.Stats(0, 0, 0);

  public SlipBuild(WordingBuild.Settings settings, Consumer<String> log) {
    this.settings = settings;
    this.log = log;
  }

  /** Negative and positive word vectors of one file pair. */
  private record Examples(List<WordingFeatures.Vector> negatives, List<WordingFeatures.Vector> positives,
      int sentences, int slipped) {}

  /** Trains on the fluent folder against one or more folders of copies with slips. */
  public WordingModel build(Path fluent, List<Path> slipped) throws IOException, InterruptedException {
    List<Path> files = WordingBuild.textFiles(fluent);
    FluencyModel model = FluencyModel.bundled();
    ThreadLocal<JLanguageTool> lt =
        ThreadLocal.withInitial(() -> new JLanguageTool(Languages.getLanguageForShortCode("en-US")));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.jobs()));
    try {
      List<Future<Examples>> parts = new ArrayList<>();
      for (Path f : files) {
        for (int k = 0; k < slipped.size(); k++) {
          Path t = slipped.get(k).resolve(f.getFileName().toString());
          if (!Files.isRegularFile(t)) {
            throw new IOException(t + ": missing (the slipped copy of " + f + ")");
          }
          boolean first = k == 0; // the fluent sentences count once
          parts.add(pool.submit(() -> examples(lt.get(), model, WordingBuild.read(f), WordingBuild.read(t), first)));
        }
      }
      WordingTrainer trainer = new WordingTrainer(SlipWindows.HASHED, SlipWindows.DENSE.size());
      int neg = 0;
      int pos = 0;
      int sentences = 0;
      int changed = 0;
      for (Future<Examples> f : parts) {
        Examples e = WordingBuild.get(f);
        for (WordingFeatures.Vector v : e.negatives()) {
          trainer.add(v, false);
        }
        for (WordingFeatures.Vector v : e.positives()) {
          trainer.add(v, true);
        }
        neg += e.negatives().size();
        pos += e.positives().size();
        sentences += e.sentences();
        changed += e.slipped();
      }
      stats = new WordingBuild.Stats(files.size(), sentences, changed);
      log.accept(String.format(Locale.ROOT, "%d files: %d fluent sentences (%d words), %d with slips (%d words"
          + " at a slip); training", files.size(), sentences, neg, changed, pos));
      return trainer.train(settings.epochs(), settings.rate(), settings.l2(), settings.seed());
    } finally {
      pool.shutdownNow();
    }
  }

  public WordingBuild.Stats stats() {
    return stats;
  }

  private static Examples examples(JLanguageTool lt, FluencyModel model, List<String> fluent, List<String> slipped,
      boolean negatives) throws IOException {
    List<WordingFeatures.Vector> neg = new ArrayList<>();
    List<WordingFeatures.Vector> pos = new ArrayList<>();
    int sentences = 0;
    int changed = 0;
    for (int i = 0; i < fluent.size(); i++) {
      String line = fluent.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      List<AnalyzedSentence> a = lt.analyzeText(line);
      for (AnalyzedSentence s : a) {
        if (negatives && !s.getText().isBlank()) {
          neg.addAll(SlipWindows.vectors(s, model.score(s.getText(), s)));
          sentences++;
        }
      }
      String copy = i < slipped.size() ? slipped.get(i).strip() : line;
      if (copy.equals(line) || copy.isEmpty()) {
        continue;
      }
      List<AnalyzedSentence> b = lt.analyzeText(copy);
      if (a.size() != 1 || b.size() != 1) {
        continue; // a sentence split moved by the slip: the words cannot be paired reliably
      }
      List<WordingFeatures.Vector> v = SlipWindows.vectors(b.get(0), model.score(b.get(0).getText(), b.get(0)));
      for (int k : slipPositions(tokens(a.get(0)), tokens(b.get(0)))) {
        pos.add(v.get(k));
      }
      changed++;
    }
    return new Examples(neg, pos, sentences, changed);
  }

  private static List<String> tokens(AnalyzedSentence s) {
    List<String> out = new ArrayList<>();
    for (AnalyzedTokenReadings t : SlipWindows.words(s)) {
      out.add(t.getToken().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * The positions in {@code copy} of the words at a slip: words not matched with {@code fluent} by the
   * longest common subsequence (put in, or in place of another word), and the matched words on either side
   * of fluent words left out.
   */
  static List<Integer> slipPositions(List<String> fluent, List<String> copy) {
    int n = fluent.size();
    int m = copy.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = fluent.get(i).equals(copy.get(j)) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && fluent.get(i).equals(copy.get(j))) {
        i++;
        j++;
      } else if (i < n && j < m && lcs[i + 1][j + 1] == lcs[i][j]) {
        out.add(j); // a word replaced
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        out.add(j); // a word of the copy only
        j++;
      } else {
        // a fluent word left out: the words of the copy around the gap
        if (j > 0) {
          out.add(j - 1);
        }
        if (j < m) {
          out.add(j);
        }
        i++;
      }
    }
    return List.copyOf(out);
  }
}
