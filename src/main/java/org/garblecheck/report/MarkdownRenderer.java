package org.garblecheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.Collectors;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.LineMap;
import org.garblecheck.model.SentenceScore;
import org.garblecheck.model.Verdict;

/**
 * {@code --format markdown}: a GitHub-flavoured summary for a pull-request comment or a job's step summary:
 * a table row per article (streamed), totals, and the few worst sentences of the run (kept in a bounded
 * queue). Everything from the input is escaped so that it cannot break the table or add markup.
 */
public final class MarkdownRenderer implements Renderer {
  public static final String NAME = "markdown";
  private static final int WORST = 5;
  private static final int EXCERPT = 160;

  private record Worst(double damage, long seq, String line) {}

  private static final Comparator<Worst> WORST_FIRST =
      Comparator.comparingDouble(Worst::damage).reversed().thenComparingLong(Worst::seq);

  private final Writer out;
  private final RenderOptions options;
  private final PriorityQueue<Worst> worst = new PriorityQueue<>(WORST_FIRST.reversed());
  private final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
  private int articles;
  private int belowGate;
  private double scoreSum;
  private long seq;

  public MarkdownRenderer(Writer out, RenderOptions options) {
    this.out = out;
    this.options = options;
  }

  @Override
  public void start() throws IOException {
    out.write("## garblecheck report\n\n"
        + "| # | Article | Score | Verdict | Findings | Top categories |\n"
        + "|--:|:--|--:|:--|--:|:--|\n");
    out.flush();
  }

  @Override
  public void article(ArticleReport r) throws IOException {
    articles++;
    scoreSum += r.score();
    verdicts.merge(r.verdict(), 1, Integer::sum);
    boolean below = options.failUnder().isPresent() && !options.passes(r);
    if (below) {
      belowGate++;
    }
    String cats = Texts.topCategories(r).stream().limit(3)
        .map(e -> e.getKey().id() + " " + e.getValue()).collect(Collectors.joining(", "));
    StringBuilder b = new StringBuilder();
    b.append("| ").append(articles).append(" | ").append(escape(Texts.titleOrId(r))).append("<br>`")
        .append(code(r.article().source())).append("` | ").append(Numbers.fixed(r.score(), 1))
        .append(below ? " \u274c below " + Numbers.fixed(options.failUnder().getAsDouble(), 1) : "")
        .append(" | ").append(verdict(r.verdict())).append(" | ").append(r.findings().size()).append(" | ")
        .append(cats.isEmpty() ? "\u2014" : cats).append(" |\n");
    out.write(b.toString());
    out.flush();

    String text = r.article().text();
    LineMap lines = r.article().lines();
    for (SentenceScore s : r.worstSentences(WORST)) {
      String line = "**" + Numbers.fixed(s.damage(), 2) + "** \u201c"
          + escape(Texts.excerpt(s.sentence().span().of(text), EXCERPT)) + "\u201d \u2014 "
          + escape(Texts.titleOrId(r)) + ", line " + lines.line(s.sentence().start());
      worst.add(new Worst(s.damage(), seq++, line));
      if (worst.size() > WORST) {
        worst.poll();
      }
    }
  }

  @Override
  public void end() throws IOException {
    StringBuilder b = new StringBuilder("\n");
    if (articles == 0) {
      b.append("No articles were scored.\n");
    } else {
      b.append("**").append(articles).append(articles == 1 ? " article" : " articles").append("**, mean score ")
          .append(Numbers.fixed(scoreSum / articles, 1));
      for (Verdict v : Verdict.values()) {
        b.append(", ").append(verdicts.getOrDefault(v, 0)).append(' ').append(v.id());
      }
      if (options.failUnder().isPresent()) {
        b.append(", ").append(belowGate).append(" below ").append(Numbers.fixed(options.failUnder().getAsDouble(), 1));
      }
      b.append(".\n");
    }
    List<Worst> top = new ArrayList<>(worst);
    top.sort(WORST_FIRST);
    if (!top.isEmpty()) {
      b.append("\n### Worst sentences\n\n");
      for (int i = 0; i < top.size(); i++) {
        b.append(i + 1).append(". ").append(top.get(i).line()).append('\n');
      }
    }
    out.write(b.toString());
    out.flush();
  }

  private static String verdict(Verdict v) {
    return switch (v) {
      case CLEAN -> "\u2705 clean";
      case SUSPECT -> "\u26a0\ufe0f suspect";
      case GARBLED -> "\u274c garbled";
    };
  }

  /**
   * Escapes text for a table cell or list item (never at the start of a line): the characters that Markdown,
   * HTML or GitHub could read as syntax, a link, a mention or an issue reference get a backslash (pipes
   * included), and line breaks become spaces.
   */
  static String escape(String s) {
    String one = Texts.oneLine(s);
    StringBuilder b = new StringBuilder(one.length() + 8);
    for (int i = 0; i < one.length(); i++) {
      char c = one.charAt(i);
      if ("\\`*_[]<>#!|~&$@".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /** Text for inside a code span: backticks and pipes cannot be escaped there the usual way, so they change. */
  static String code(String s) {
    return Texts.oneLine(s).replace('`', '\'').replace("|", "\\|");
  }
}
