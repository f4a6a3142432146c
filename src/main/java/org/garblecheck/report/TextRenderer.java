package org.garblecheck.report;

import java.io.IOException;
import java.io.Writer;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Finding;
import org.garblecheck.model.LineMap;
import org.garblecheck.model.SentenceScore;
import org.garblecheck.model.Verdict;

/**
 * {@code --format text}: compiler-style lines {@code path:line:col: severity rule-id: message [→ fix]},
 * then a summary per article (score, verdict, worst sentences). ANSI colour only when asked for.
 */
public final class TextRenderer implements Renderer {
  public static final String NAME = "text";
  private static final int WORST = 3;
  private static final int EXCERPT = 100;
  private static final int SOURCES = 3;

  private final Writer out;
  private final boolean color;

  public TextRenderer(Writer out, boolean color) {
    this.out = out;
    this.color = color;
  }

  @Override
  public void start() {}

  @Override
  public void article(ArticleReport r) throws IOException {
    String text = r.article().text();
    LineMap lines = r.article().lines();
    String src = r.article().source();
    for (Finding f : r.findings()) {
      StringBuilder b = new StringBuilder();
      b.append(src).append(':').append(lines.line(f.start())).append(':').append(lines.column(f.start()))
          .append(": ").append(paint(f.severity().id(), f.severity().ordinal() >= 1 ? "33" : "36"))
          .append(' ').append(f.ruleId()).append(": ").append(oneLine(f.message()));
      b.append(" [“").append(oneLine(f.span().of(text))).append("”");
      if (!f.suggestions().isEmpty() && !f.suggestions().get(0).isEmpty()) {
        b.append(" → “").append(oneLine(f.suggestions().get(0))).append("”");
      }
      b.append("]\n");
      out.write(b.toString());
    }
    long damaged = r.sentences().stream().filter(s -> s.damage() >= 0.5).count();
    out.write(paint(src, "1") + ": score " + Numbers.fixed(r.score(), 1) + "/100, "
        + paint(r.verdict().id(), verdictColor(r.verdict())) + " — " + r.findings().size() + " finding"
        + (r.findings().size() == 1 ? "" : "s") + ", " + damaged + " of " + r.sentences().size()
        + " sentences damaged" + (r.article().title().isEmpty() ? "" : " — “" + oneLine(r.article().title()) + "”")
        + "\n");
    for (SentenceScore s : r.worstSentences(WORST)) {
      String from = Texts.damageSources(r, s, SOURCES);
      out.write("  line " + lines.line(s.sentence().start()) + " damage " + Numbers.fixed(s.damage(), 2)
          + " (mt " + Numbers.fixed(s.mt(), 2) + ", spin " + Numbers.fixed(s.spin(), 2)
          + (from.isEmpty() ? "" : "; from " + from) + "): " + excerpt(s.sentence().span().of(text)) + "\n");
    }
    out.flush();
  }

  @Override
  public void end() throws IOException {
    out.flush();
  }

  private static String excerpt(String s) {
    String one = oneLine(s);
    return one.length() <= EXCERPT ? one : one.substring(0, EXCERPT - 1) + "…";
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String verdictColor(Verdict v) {
    return switch (v) {
      case CLEAN -> "32";
      case SUSPECT -> "33";
      case GARBLED -> "31";
    };
  }

  private String paint(String s, String code) {
    return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
