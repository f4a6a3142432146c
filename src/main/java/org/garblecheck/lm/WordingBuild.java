package org.garblecheck.lm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/**
 * Trains a {@link WordingModel} (by default over {@link WordingFeatures}) from a folder of fluent English
 * ({@code .txt}, one sentence or paragraph per line) and folders of its machine-translation round trips
 * (same file names, line-aligned). Every sentence of the fluent files is a negative; every sentence of a translated line that differs from its
 * fluent line is a positive (unchanged lines are skipped: they are the fluent text again). Files are read
 * in name order and the trainer is seeded, so the same folders give the same model.
 */
public final class WordingBuild {
  /** Training settings: passes over the data, AdaGrad rate, L2 strength, shuffle seed, threads. */
  public record Settings(int epochs, double rate, double l2, long seed, int jobs) {
    public static Settings defaults() {
      return new Settings(4, 0.1, 1e-2, 1, Runtime.getRuntime().availableProcessors());
    }
  }

  /** The features a model is trained on: hashed slots, dense values, and how to compute them. */
  public interface Featurizer {
    int hashed();

    int dense();

    WordingFeatures.Vector of(AnalyzedSentence sentence);
  }

  /** The features of the machine-translated-wording model. */
  public static Featurizer wording(FluencyModel model) {
    WordingFeatures f = new WordingFeatures(model);
    return new Featurizer() {
      @Override
      public int hashed() {
        return WordingFeatures.HASHED;
      }

      @Override
      public int dense() {
        return WordingFeatures.DENSE.size();
      }

      @Override
      public WordingFeatures.Vector of(AnalyzedSentence s) {
        return f.of(s.getText(), s);
      }
    };
  }

  /** What was read. */
  public record Stats(int files, int fluentSentences, int translatedSentences) {}

  private final Settings settings;
  private final Featurizer features;
  private final Consumer<String> log;
  private Stats stats = new Stats(0, 0, 0);

  public WordingBuild(Settings settings, Featurizer features, Consumer<String> log) {
    this.settings = settings;
    this.features = features;
    this.log = log;
  }

  public WordingModel build(Path fluent, List<Path> translated) throws IOException, InterruptedException {
    List<Path> files = textFiles(fluent);
    ThreadLocal<JLanguageTool> lt =
        ThreadLocal.withInitial(() -> new JLanguageTool(Languages.getLanguageForShortCode("en-US")));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.jobs()));
    try {
      List<Future<List<WordingFeatures.Vector>>> negatives = new ArrayList<>();
      List<Future<List<WordingFeatures.Vector>>> positives = new ArrayList<>();
      for (Path f : files) {
        negatives.add(pool.submit(() -> vectors(lt.get(), features, read(f), null)));
        for (Path dir : translated) {
          Path t = dir.resolve(f.getFileName().toString());
          if (Files.isRegularFile(t)) {
            positives.add(pool.submit(() -> vectors(lt.get(), features, read(t), read(f))));
          }
        }
      }
      WordingTrainer trainer = new WordingTrainer(features.hashed(), features.dense());
      int neg = 0;
      int pos = 0;
      for (Future<List<WordingFeatures.Vector>> f : negatives) {
        for (WordingFeatures.Vector v : get(f)) {
          trainer.add(v, false);
          neg++;
        }
      }
      for (Future<List<WordingFeatures.Vector>> f : positives) {
        for (WordingFeatures.Vector v : get(f)) {
          trainer.add(v, true);
          pos++;
        }
      }
      stats = new Stats(files.size(), neg, pos);
      log.accept(files.size() + " files: " + neg + " fluent and " + pos + " translated sentences; training");
      return trainer.train(settings.epochs(), settings.rate(), settings.l2(), settings.seed());
    } finally {
      pool.shutdownNow();
    }
  }

  public Stats stats() {
    return stats;
  }

  /** The .txt files of a folder, sorted by name; an error when there are none. */
  static List<Path> textFiles(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no .txt files in " + dir);
    }
    return files;
  }

  static List<String> read(Path p) throws IOException {
    return Files.readAllLines(p, StandardCharsets.UTF_8);
  }

  /** Vectors of the sentences of {@code lines}; with {@code original}, only of lines that differ from it. */
  static List<WordingFeatures.Vector> vectors(JLanguageTool lt, Featurizer features, List<String> lines,
      List<String> original) throws IOException {
    List<WordingFeatures.Vector> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (original != null && i < original.size() && original.get(i).strip().equals(line)) {
        continue;
      }
      for (AnalyzedSentence s : lt.analyzeText(line)) {
        if (!s.getText().isBlank()) {
          out.add(features.of(s));
        }
      }
    }
    return out;
  }

  /** The result of a training-data task, its I/O failure rethrown as such. */
  static <T> T get(Future<T> f) throws IOException, InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("training data could not be read", e.getCause());
    }
  }
}
