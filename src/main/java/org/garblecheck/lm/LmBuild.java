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
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * Builds the {@link FluencyModel} from folders of plain text ({@code *.txt}, one paragraph per line) and
 * CoNLL-U files ({@code *.conllu}, Penn tags in column 5, used for the POS model only). Text is split into
 * sentences by LanguageTool; the word model reads {@link LmTokenizer} tokens, the POS model
 * {@link PosTags} of LanguageTool's analysis of every {@code posEvery}-th sentence (tagging is the slow
 * part). Files are read in sorted path order and the counts do not depend on thread timing, so the same
 * input gives the same model bytes.
 */
public final class LmBuild {
  /** Build settings. */
  public record Settings(int wordOrder, int posOrder, int minWordCount, int minTopCount, int posEvery, int jobs) {
    public static Settings defaults() {
      return new Settings(3, 4, 2, 2, 1, 1);
    }
  }

  /** What a build read. */
  public record Stats(int files, long sentences, long wordTokens, long posTokens) {}

  private final Settings settings;
  private final Consumer<String> progress;
  private Stats stats;

  public LmBuild(Settings settings, Consumer<String> progress) {
    this.settings = settings;
    this.progress = progress;
  }

  public Stats stats() {
    return stats;
  }

  /** Lists the input files under the given paths, sorted, each path a file or a folder. */
  public static List<Path> inputs(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(LmBuild::readable).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(p) && readable(p)) {
        files.add(p);
      } else {
        throw new IOException(p + ": not a .txt or .conllu file or a folder");
      }
    }
    return files;
  }

  private static boolean readable(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".txt") || n.endsWith(".conllu");
  }

  public FluencyModel build(List<Path> paths) throws IOException {
    List<Path> files = inputs(paths);
    if (files.isEmpty()) {
      throw new IOException("no .txt or .conllu files in " + paths);
    }
    Language en = Languages.getLanguageForShortCode("en-US");
    JLanguageTool splitter = new JLanguageTool(en);
    NgramModelBuilder words = new NgramModelBuilder(settings.wordOrder(), settings.minWordCount(),
        settings.minTopCount(), true);
    NgramModelBuilder pos = new NgramModelBuilder(settings.posOrder(), 1, 1, false);
    List<String> toTag = new ArrayList<>();
    long sentences = 0;
    long posTokens = 0;
    for (Path f : files) {
      if (f.getFileName().toString().endsWith(".conllu")) {
        for (List<String> tags : Conllu.tagSequences(f)) {
          pos.add(tags, null);
          posTokens += tags.size();
        }
        continue;
      }
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8).replace("\uFEFF", "");
      for (String line : text.split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        for (String sentence : splitter.sentenceTokenize(line.strip())) {
          List<LmTokenizer.Token> tokens = LmTokenizer.tokenize(sentence);
          if (tokens.isEmpty()) {
            continue;
          }
          List<String> terms = new ArrayList<>(tokens.size());
          boolean[] caps = new boolean[tokens.size()];
          for (int i = 0; i < caps.length; i++) {
            terms.add(tokens.get(i).term());
            caps[i] = tokens.get(i).capitalised();
          }
          words.add(terms, caps);
          if (sentences++ % settings.posEvery() == 0) {
            toTag.add(sentence.strip());
          }
        }
      }
    }
    progress.accept(String.format(java.util.Locale.ROOT, "read %d files, %d sentences, %d word tokens;"
        + " tagging %d sentences", files.size(), sentences, words.tokenCount(), toTag.size()));
    for (List<String> tags : tag(en, toTag)) {
      pos.add(tags, null);
      posTokens += tags.size();
    }
    progress.accept("counting n-grams");
    FluencyModel model = new FluencyModel(words.build(), pos.build());
    stats = new Stats(files.size(), sentences, words.tokenCount(), posTokens);
    return model;
  }

  /** Tags sentences with LanguageTool on {@code jobs} threads; the result is in input order. */
  private List<List<String>> tag(Language en, List<String> sentences) throws IOException {
    int jobs = Math.max(1, settings.jobs());
    int chunk = Math.max(1, (sentences.size() + jobs - 1) / jobs);
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    try {
      List<Future<List<List<String>>>> parts = new ArrayList<>();
      for (int from = 0; from < sentences.size(); from += chunk) {
        List<String> part = sentences.subList(from, Math.min(sentences.size(), from + chunk));
        parts.add(pool.submit(() -> {
          JLanguageTool lt = new JLanguageTool(en);
          List<List<String>> out = new ArrayList<>(part.size());
          for (String s : part) {
            out.add(PosTags.of(lt.getAnalyzedSentence(s)));
          }
          return out;
        }));
      }
      List<List<String>> all = new ArrayList<>(sentences.size());
      for (Future<List<List<String>>> f : parts) {
        all.addAll(f.get());
      }
      return all;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while tagging", e);
    } catch (ExecutionException e) {
      throw new IOException("tagging failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
