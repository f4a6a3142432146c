package org.garblecheck.pass;

import java.io.IOException;
import org.garblecheck.analysis.AnalyzedArticle;

/**
 * A detection pass over an analysed article. Passes are created per worker thread (they may hold that
 * thread's LanguageTool rules) and must not keep state from one article to the next.
 */
public interface Pass {
  /** A short name for progress and diagnostics. */
  String name();

  void run(AnalyzedArticle article, FindingSink sink) throws IOException;
}
