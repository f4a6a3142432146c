package org.garblecheck.report;

import java.io.IOException;
import org.garblecheck.model.ArticleReport;

/**
 * Writes reports in one output format. Called as {@code start()}, then {@code article()} once per article
 * in output order, then {@code end()}; a renderer streams and never needs the whole batch in memory,
 * except where its format demands it.
 */
public interface Renderer {
  void start() throws IOException;

  void article(ArticleReport report) throws IOException;

  void end() throws IOException;
}
