package org.garblecheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Finding;
import org.garblecheck.model.LineMap;
import org.garblecheck.model.Severity;

/**
 * {@code --format github}: GitHub Actions workflow commands ({@code ::warning file=…,line=…::message}) that
 * show up as annotations on the changed files. Articles below the gate come first (as errors), then the
 * findings, worst first (by the damage of their sentence, then severity), across the whole run. Only
 * {@code --max-annotations} are written (GitHub shows a limited number per step); the best of them are kept
 * in a bounded queue while streaming, and a final {@code ::notice} line counts what was left out.
 */
public final class GithubRenderer implements Renderer {
  public static final String NAME = "github";

  /** One annotation, ranked; {@code rank} is +infinity for a gate failure. */
  private record Annotation(String command, double rank, int severity, long seq) {}

  private static final Comparator<Annotation> WORST_FIRST = Comparator
      .comparingDouble(Annotation::rank).reversed()
      .thenComparing(Comparator.comparingInt(Annotation::severity).reversed())
      .thenComparingLong(Annotation::seq);

  private final Writer out;
  private final RenderOptions options;
  private final PriorityQueue<Annotation> kept;
  private long seq;
  private long total;
  private int articles;
  private int belowGate;

  public GithubRenderer(Writer out, RenderOptions options) {
    this.out = out;
    this.options = options;
    this.kept = new PriorityQueue<>(WORST_FIRST.reversed());
  }

  @Override
  public void start() {}

  @Override
  public void article(ArticleReport r) throws IOException {
    articles++;
    SourceRef src = SourceRef.of(r.article());
    String text = r.article().text();
    LineMap lines = r.article().lines();
    String where = src.item().map(id -> " (item " + id + ")").orElse("");
    if (options.failUnder().isPresent() && !options.passes(r)) {
      belowGate++;
      String props = fileProperty(src) + "title=" + property("garblecheck: below " + Numbers.fixed(
          options.failUnder().getAsDouble(), 1) + where);
      offer(new Annotation("::error " + props + "::" + data("\u201c" + Texts.titleOrId(r) + "\u201d " + options
          .gateFailure(r) + "; " + r.findings().size() + (r.findings().size() == 1 ? " finding" : " findings")),
          Double.POSITIVE_INFINITY, Severity.ERROR.ordinal() + 1, seq++));
    }
    for (RankedFinding rf : RankedFinding.of(r)) {
      Finding f = rf.finding();
      StringBuilder props = new StringBuilder(fileProperty(src));
      if (src.linesAreFileLines()) {
        props.append("line=").append(lines.line(f.start())).append(",col=").append(lines.column(f.start()))
            .append(",endLine=").append(lines.line(f.end())).append(",endColumn=").append(lines.column(f.end()))
            .append(',');
      }
      props.append("title=").append(property(f.ruleId() + " (" + f.category().id() + ")" + where));
      StringBuilder msg = new StringBuilder(Texts.oneLine(f.message()));
      msg.append(" [\u201c").append(Texts.excerpt(f.span().of(text), 80)).append('\u201d');
      String sugg = Texts.suggestion(f);
      if (!sugg.isEmpty()) {
        msg.append(" \u2192 \u201c").append(sugg).append('\u201d');
      }
      msg.append("] sentence damage ").append(Numbers.fixed(rf.damage(), 2));
      offer(new Annotation("::" + command(f.severity()) + " " + props + "::" + data(msg.toString()),
          rf.damage(), f.severity().ordinal(), seq++));
    }
  }

  private void offer(Annotation a) {
    total++;
    kept.add(a);
    if (kept.size() > options.maxAnnotations()) {
      kept.poll();
    }
  }

  private static String fileProperty(SourceRef src) {
    return src.isStdin() ? "" : "file=" + property(src.file()) + ",";
  }

  @Override
  public void end() throws IOException {
    List<Annotation> shown = new ArrayList<>(kept);
    shown.sort(WORST_FIRST);
    StringBuilder b = new StringBuilder();
    for (Annotation a : shown) {
      b.append(a.command()).append('\n');
    }
    long left = total - shown.size();
    b.append("::notice title=garblecheck::").append(data(articles + (articles == 1 ? " article" : " articles")
        + (options.failUnder().isPresent() ? ", " + belowGate + " below " + Numbers.fixed(
            options.failUnder().getAsDouble(), 1) : "")
        + "; " + total + (total == 1 ? " annotation" : " annotations") + ", " + shown.size() + " shown, " + left
        + " left out" + (left > 0 ? " (raise --max-annotations, now " + options.maxAnnotations() + ", to see more)"
            : "")))
        .append('\n');
    out.write(b.toString());
    out.flush();
  }

  private static String command(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** Escapes a message: {@code %}, CR and LF. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value: as a message, plus {@code :} and {@code ,}. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
