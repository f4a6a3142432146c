package org.garblecheck;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.garblecheck.detect.Lexicon;
import org.garblecheck.detect.spin.WordNetSynonyms;
import org.garblecheck.detect.words.WordShapes;
import org.garblecheck.lm.FluencyModel;
import org.garblecheck.lm.WordFrequencies;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;

/**
 * Loads, on one background thread, what the first article will need while the building thread sets up
 * LanguageTool: the language models, WordNet and the word shapes, LanguageTool's tagger, chunker and
 * disambiguator, and the spellers. Everything it loads is loaded on first use anyway, behind the same locks
 * (class initialisation, LanguageTool's synchronised getters, {@code Lexicon}'s speller lock), so the two
 * threads never load a thing twice, and a failure here only means the thing is loaded (and its error
 * reported) where it is used. For a single article this takes seconds off a cold run on two cores; the
 * thread ends when its tasks are done.
 */
final class Preloader {
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "garblecheck-preload");
    t.setDaemon(true);
    t.setPriority(Thread.NORM_PRIORITY - 1);
    return t;
  });

  /** Queues a task; its failure is left for the code that uses the thing to meet and report. */
  Preloader then(Runnable task) {
    thread.execute(() -> {
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
    return then(FluencyModel::bundled).then(WordFrequencies::bundled).then(WordShapes::bundled)
        .then(WordNetSynonyms::shared).then(org.garblecheck.lm.WordingModel::bundled)
        .then(() -> org.garblecheck.lm.WordingModel.bundled(org.garblecheck.detect.spin.SpinPass.MODEL_FILE,
            org.garblecheck.detect.spin.SpinFeatures.HASHED, org.garblecheck.detect.spin.SpinFeatures.DENSE.size()));
  }

  /** LanguageTool's analysis components of the language: the tagger's dictionary, the chunker's models, the disambiguator's rules. */
  Preloader analysis(Language language) {
    return then(() -> {
      try {
        language.getTagger().tag(java.util.List.of("the"));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).then(language::getChunker).then(language::getDisambiguator);
  }

  /** The spellers of the other varieties, shared by all workers. */
  Preloader varieties(Language language) {
    return then(() -> Lexicon.prepareVarieties(language));
  }

  /** The worker's own speller. */
  Preloader speller(JLanguageTool lt) {
    return then(() -> Lexicon.of(lt).preparePrimary());
  }

  /** No more tasks: the thread ends when the queued ones are done. */
  void done() {
    thread.shutdown();
  }

  /** Waits for the queued tasks (for tests and benchmarks that want a quiet machine). */
  boolean await(long seconds) throws InterruptedException {
    thread.shutdown();
    return thread.awaitTermination(seconds, TimeUnit.SECONDS);
  }
}
