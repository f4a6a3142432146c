package org.garblecheck.eval.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.garblecheck.Batch;
import org.garblecheck.GarbleCheck;
import org.garblecheck.input.InputItem;
import org.garblecheck.input.Inputs;

/**
 * Scores every version of a manifest with the {@link GarbleCheck} facade (in parallel with {@link Batch})
 * and labels the results. Each file is read the way {@code garblecheck score} reads it.
 */
public final class CorpusScorer {
  private CorpusScorer() {}

  /** What came of scoring a manifest: the labelled reports, and the files that could not be scored. */
  public record Result(List<ScoredVersion> scored, List<String> problems) {
    public Result {
      scored = List.copyOf(scored);
      problems = List.copyOf(problems);
    }
  }

  /**
   * @param base the directory manifest paths are relative to
   * @param progress called with a short line now and then while scoring
   */
  public static Result score(GarbleCheck checker, int jobs, Path base, Manifest manifest,
      Consumer<String> progress) throws CorpusException, InterruptedException {
    Map<String, Version> clean = manifest.cleanByArticle();
    Map<String, List<String>> cleanLines = new HashMap<>();
    List<String> paths = new ArrayList<>();
    for (Version v : manifest.versions()) {
      if (!v.isClean() && !clean.containsKey(v.article())) {
        throw new CorpusException(v.path() + ": the manifest has no clean version of " + v.article());
      }
      if (!v.path().endsWith(".txt")) {
        throw new CorpusException(v.path() + ": corpus versions are .txt files (one paragraph per line)");
      }
      paths.add(base.resolve(v.path()).toString());
    }
    for (Version c : clean.values()) {
      cleanLines.put(c.article(), Lines.of(Manifest.text(base.resolve(c.path()))));
    }
    List<ScoredVersion> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<Version> versions = manifest.versions();
    int total = versions.size();
    int[] done = {0};
    Iterable<InputItem> items = new Inputs(paths, java.io.InputStream.nullInputStream());
    new Batch(checker, jobs).run(items, r -> {
      Version v = versions.get(done[0]++);
      if (r.problem().isPresent()) {
        problems.add(r.problem().get().toString());
      } else {
        out.add(ScoredVersion.label(v, r.report().orElseThrow(), cleanLines.get(v.article())));
      }
      if (done[0] % 25 == 0 || done[0] == total) {
        progress.accept("scored " + done[0] + "/" + total);
      }
    });
    return new Result(out, problems);
  }
}
