package org.garblecheck;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.garblecheck.detect.Lexicon;
import org.garblecheck.detect.spin.WordNetSynonyms;
import org.garblecheck.detect.words.WordShapes;
import org.garblecheck.lm.FluencyModel;
import org.garblecheck.lm.WordFrequencies;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;

/**
 * Loads, on two background threads, what the first article will need while the building thread reads the
 * rule book and sets up LanguageTool: on one the language models, WordNet and the word shapes; on the other
 * LanguageTool's chunker, tagger and disambiguator, then the spellers. Everything it loads is loaded on first
 * use anyway, behind the same locks (class initialisation, LanguageTool's synchronised getters, {@code
 * Lexicon}'s speller lock), so nothing is loaded twice, and a failure here only means that the thing is
 * loaded (and its error reported) where it is used. For a single article this takes seconds off a cold run
 * on two cores; the threads end when their tasks are done.
 */
final class Preloader {
  private final ExecutorService models = lane("garblecheck-preload-models");
  private final ExecutorService languageTool = lane("garblecheck-preload-lt");

  private static ExecutorService lane(String name) {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /** Queues a task on a lane; its failure is left for the code that uses the thing to meet and report. */
  private Preloader then(ExecutorService lane, Runnable task) {
    lane.execute(() -> {
      try {
        task.run();
      } catch (RuntimeException | LinkageError e) {
        // loaded again, and reported, where it is needed
      }
    });
    return this;
  }

  /** The models of the standard passes, which do not depend on the language. */
  Preloader models() {
    // in the order the passes are made in
    return then(models, FluencyModel::bundled).then(models, WordFrequencies::bundled)
        .then(models, org.garblecheck.lm.WordingModel::bundled)
        .then(models, WordNetSynonyms::shared)
        .then(models, () -> org.garblecheck.lm.WordingModel.bundled(org.garblecheck.detect.spin.SpinPass.MODEL_FILE,
            org.garblecheck.detect.spin.SpinFeatures.HASHED, org.garblecheck.detect.spin.SpinFeatures.DENSE.size()))
        .then(models, WordShapes::bundled);
  }

  /**
   * LanguageTool's analysis components of the language: the chunker's models (static: loaded by a chunker
   * made here, not by the language's own, whose getter would hold the language's lock for the second or two
   * they take), the tagger's dictionary and the disambiguator's rules.
   */
  Preloader analysis(Language language) {
    return then(languageTool, language::createDefaultChunker).then(languageTool, () -> {
      try {
        language.getTagger().tag(java.util.List.of("the"));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).then(languageTool, language::getDisambiguator);
  }

  /**
   * The spellers: the language's own dictionaries (which the worker's speller then finds ready), then the
   * other varieties' spellers, shared by all workers.
   */
  Preloader spellers(Language language) {
    return then(languageTool, () -> Lexicon.prepareSpellers(language));
  }

  /** The worker's own speller. */
  Preloader speller(JLanguageTool lt) {
    return then(languageTool, () -> Lexicon.of(lt).preparePrimary());
  }

  /** No more tasks: the thread ends when the queued ones are done. */
  void done() {
    models.shutdown();
    languageTool.shutdown();
  }
}
