package org.garblecheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.model.LineMap;
import org.garblecheck.model.Paragraph;
import org.garblecheck.model.SentenceScore;
import org.garblecheck.model.Verdict;

/**
 * {@code --format html}: one self-contained review page (inline CSS and script, no network). Per article:
 * score and verdict, a strip of sentence damage, the text with every finding highlighted (a colour, an
 * underline style and a short label per category; hover, click or keyboard focus shows rule, message and
 * suggestion), the numbered findings (footnotes when printed) and a side panel with counts per category and
 * the worst sentences. Articles are written as they come; for a batch, the index (kept as small summaries)
 * is written at the end and shown first (moved by the script, ordered first by CSS without it).
 *
 * <p>All input is escaped, URLs are linked only when they are http(s), and a Content-Security-Policy lets
 * only this page's own style and script (by hash) run, so even a missed escape could not run a script.
 */
public final class HtmlRenderer implements Renderer {
  public static final String NAME = "html";
  static final double DAMAGED = 0.5;
  private static final int WORST = 5;
  private static final int EXCERPT = 140;
  /** A colour (Okabe–Ito and Tol's palettes, told apart by colour-blind readers) per category. */
  private static final String[] COLORS = {
    "#d55e00", "#0072b2", "#aa3377", "#009e73", "#e69f00", "#56b4e9", "#7b3294", "#cc3311",
    "#4d7a8c", "#997700", "#117733", "#332288", "#777777", "#8c564b"};
  private static final String[] UNDERLINES = {"solid", "double", "dotted", "dashed", "wavy"};

  private static final String CSS = resource("report.css") + categoryCss();
  private static final String SCRIPT = resource("report.js");
  private static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '"
      + sha256(SCRIPT) + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

  /** What the index keeps of an article: no text, only what its row shows. */
  private record Summary(int n, String source, String title, double score, Verdict verdict, int findings,
      String categories, boolean belowGate) {}

  private final Writer out;
  private final RenderOptions options;
  private final List<Summary> summaries = new ArrayList<>();

  public HtmlRenderer(Writer out, RenderOptions options) {
    this.out = out;
    this.options = options;
  }

  @Override
  public void start() throws IOException {
    StringBuilder b = new StringBuilder(CSS.length() + 4096);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"garblecheck ").append(Html.escape(options.toolVersion()))
        .append("\">\n<title>garblecheck report</title>\n<style>").append(CSS).append("</style>\n</head>\n")
        .append("<body>\n<a class=\"skip\" href=\"#main\">Skip to the report</a>\n")
        .append("<header class=\"page\">\n<h1>garblecheck report</h1>\n")
        .append("<p class=\"lede\">Machine-translation and spinner damage, sentence by sentence. Highlights show"
            + " what was found: hover, click or focus one (Tab) for the rule, message and suggestion.</p>\n");
    legend(b);
    b.append("</header>\n<main id=\"main\">\n<div id=\"articles\">\n");
    out.write(b.toString());
    out.flush();
  }

  private static void legend(StringBuilder b) {
    b.append("<section class=\"legend\" aria-labelledby=\"legend-h\">\n<h2 id=\"legend-h\">Legend</h2>\n")
        .append("<ul class=\"cats-legend\">");
    for (Category c : Category.values()) {
      b.append("<li><mark class=\"f sample c-").append(c.id()).append("\" data-code=\"").append(code(c))
          .append("\">").append(c.id()).append("</mark></li>");
    }
    b.append("</ul>\n<p class=\"scale\"><span>Sentence damage:</span> <span class=\"scale-cells\""
        + " aria-hidden=\"true\">");
    for (int lv = 0; lv <= 10; lv += 2) {
      b.append("<span class=\"cell lv").append(lv).append(lv * 0.1 >= DAMAGED ? " dmg" : "").append("\"></span>");
    }
    b.append("</span> <span>none to severe; hatched cells are damaged sentences (damage \u2265 ")
        .append(Numbers.fixed(DAMAGED, 1)).append(")</span></p>\n</section>\n");
  }

  @Override
  public void article(ArticleReport r) throws IOException {
    int n = summaries.size() + 1;
    String a = "a" + n;
    String text = r.article().text();
    LineMap lines = r.article().lines();
    String title = Texts.titleOrId(r);
    boolean below = !options.passes(r) && options.failUnder().isPresent();
    long damaged = r.sentences().stream().filter(s -> s.damage() >= DAMAGED).count();
    StringBuilder b = new StringBuilder(text.length() * 3 + 4096);

    b.append("<section class=\"article\" id=\"").append(a).append("\" aria-labelledby=\"").append(a)
        .append("-h\">\n<header class=\"ahead\">\n<div class=\"titles\">\n<p class=\"kicker\">Article ")
        .append(n).append("</p>\n<h2 id=\"").append(a).append("-h\">").append(Html.escape(title))
        .append("</h2>\n<p class=\"meta\"><span class=\"src\">").append(Html.escape(r.article().source()))
        .append("</span>");
    if (!r.article().id().equals(r.article().source())) {
      b.append(" <span class=\"sep\">\u00b7</span> id <code>").append(Html.escape(r.article().id())).append("</code>");
    }
    if (r.article().url().isPresent()) {
      String url = r.article().url().get();
      Optional<String> link = Html.linkable(url);
      b.append(" <span class=\"sep\">\u00b7</span> ");
      if (link.isPresent()) {
        b.append("<a href=\"").append(Html.escape(link.get())).append("\" rel=\"noopener noreferrer\">")
            .append(Html.escape(url)).append("</a>");
      } else {
        b.append("<span class=\"url\">").append(Html.escape(url)).append("</span>");
      }
    }
    b.append("</p>\n</div>\n<div class=\"scorebox v-").append(r.verdict().id()).append("\">")
        .append("<span class=\"score\"><span class=\"num\">").append(Numbers.fixed(r.score(), 1))
        .append("</span><span class=\"outof\">/100</span></span>")
        .append(verdictBadge(r.verdict()));
    if (below) {
      b.append("<span class=\"gate\">below ").append(Numbers.fixed(options.failUnder().getAsDouble(), 1))
          .append("</span>");
    }
    b.append("</div>\n</header>\n");

    strip(b, a, r);

    b.append("<div class=\"cols\">\n<div class=\"textcol\">\n<h3 class=\"sr\">Text</h3>\n<div class=\"text\">");
    b.append(HtmlHighlighter.render(text, ranges(a, r)));
    b.append("</div>\n");
    findingsList(b, a, r, lines);
    b.append("</div>\n");
    panel(b, a, r, title, damaged);
    b.append("</div>\n</section>\n");
    out.write(b.toString());
    out.flush();

    String cats = Texts.topCategories(r).stream().limit(3)
        .map(e -> e.getKey().id() + " " + e.getValue()).collect(Collectors.joining(", "));
    summaries.add(new Summary(n, r.article().source(), title, r.score(), r.verdict(), r.findings().size(), cats,
        below));
  }

  private static void strip(StringBuilder b, String a, ArticleReport r) {
    int total = r.sentences().size();
    Map<Integer, Long> perSentence = RankedFinding.of(r).stream().filter(f -> f.sentence().isPresent())
        .collect(Collectors.groupingBy(f -> f.sentence().get().sentence().index(), Collectors.counting()));
    b.append("<div class=\"stripwrap\">\n<h3 class=\"sr\">Damage by sentence</h3>\n<ol class=\"strip\"")
        .append(" aria-label=\"Damage along the article, one cell per sentence (").append(total)
        .append(total == 1 ? " sentence" : " sentences").append(")\">");
    for (SentenceScore s : r.sentences()) {
      int i = s.sentence().index();
      long k = perSentence.getOrDefault(i, 0L);
      String weak = k == 0 && s.damage() > 0 ? Texts.damageSources(r, s, 3) : "";
      String label = "Sentence " + (i + 1) + " of " + total + ": damage " + Numbers.fixed(s.damage(), 2)
          + (k == 0 ? "" : ", " + k + (k == 1 ? " finding" : " findings"))
          + (weak.isEmpty() ? "" : ", weak evidence from " + weak);
      String cls = "cell lv" + level(s.damage()) + (s.damage() >= DAMAGED ? " dmg" : "");
      b.append("<li>");
      if (s.damage() > 0) {
        b.append("<a class=\"").append(cls).append("\" href=\"#").append(a).append("-s").append(i)
            .append("\" title=\"").append(label).append("\" aria-label=\"").append(label).append("\"></a>");
      } else {
        b.append("<span class=\"").append(cls).append("\" title=\"").append(label).append("\" aria-label=\"")
            .append(label).append("\" role=\"img\"></span>");
      }
      b.append("</li>");
    }
    b.append("</ol>\n</div>\n");
  }

  private static List<HtmlHighlighter.Range> ranges(String a, ArticleReport r) {
    List<HtmlHighlighter.Range> ranges = new ArrayList<>();
    for (Paragraph p : r.paragraphs()) {
      ranges.add(new HtmlHighlighter.Range(p.span().start(), p.span().end(), 0,
          (first, last) -> "<div class=\"para\">", "</div>"));
    }
    for (SentenceScore s : r.sentences()) {
      String id = a + "-s" + s.sentence().index();
      String cls = "sent" + (s.damage() >= DAMAGED ? " damaged" : "");
      ranges.add(new HtmlHighlighter.Range(s.sentence().start(), s.sentence().end(), 1,
          (first, last) -> first ? "<span class=\"" + cls + "\" id=\"" + id + "\">" : "<span class=\"" + cls + "\">",
          "</span>"));
    }
    List<Finding> fs = r.findings();
    for (int i = 0; i < fs.size(); i++) {
      Finding f = fs.get(i);
      int k = i + 1;
      String id = a + "-f" + k;
      String note = a + "-n" + k;
      String base = "f c-" + f.category().id() + " sev-" + f.severity().id() + (f.span().length() == 0 ? " gap" : "");
      String data = "\" data-f=\"" + id + "\" data-note=\"" + note + "\" data-n=\"" + k + "\" data-code=\""
          + code(f.category()) + "\"";
      ranges.add(new HtmlHighlighter.Range(f.start(), f.end(), 2, (first, last) -> {
        String cls = base + (first ? "" : " cont") + (last ? " last" : "");
        return first
            ? "<mark class=\"" + cls + "\" id=\"" + id + data + " tabindex=\"0\" aria-describedby=\"" + note + "\">"
            : "<mark class=\"" + cls + data + ">";
      }, "</mark>"));
    }
    return ranges;
  }

  private static void findingsList(StringBuilder b, String a, ArticleReport r, LineMap lines) {
    String text = r.article().text();
    b.append("<h3 class=\"findings-h\">Findings <span class=\"count\">(").append(r.findings().size())
        .append(")</span></h3>\n");
    if (r.findings().isEmpty()) {
      b.append("<p class=\"none\">No findings.</p>\n");
      return;
    }
    b.append("<ol class=\"findings\">\n");
    for (int i = 0; i < r.findings().size(); i++) {
      Finding f = r.findings().get(i);
      int k = i + 1;
      String sugg = Texts.suggestion(f);
      b.append("<li id=\"").append(a).append("-n").append(k).append("\"><span class=\"tag c-")
          .append(f.category().id()).append("\" aria-hidden=\"true\">").append(code(f.category()))
          .append("</span> <span class=\"detail\"><span class=\"head\"><span class=\"rule\">")
          .append(Html.escape(f.ruleId())).append("</span> <span class=\"cat\">")
          .append(f.category().id()).append("</span> <span class=\"sev sev-").append(f.severity().id())
          .append("\">").append(f.severity().id()).append("</span> <span class=\"loc\">line ")
          .append(lines.line(f.start())).append(", col ").append(lines.column(f.start()))
          .append("</span></span> <span class=\"msg\">").append(Html.escape(f.message())).append("</span>")
          .append(f.span().length() == 0 ? " <span class=\"flag\">Insertion point</span>"
              : " <span class=\"flag\">Text: <q>" + Html.escape(Texts.oneLine(f.span().of(text))) + "</q></span>");
      if (!sugg.isEmpty()) {
        b.append(" <span class=\"sugg\">Suggestion: <q>").append(Html.escape(sugg)).append("</q></span>");
      }
      b.append("</span> <a class=\"back\" href=\"#").append(a).append("-f").append(k)
          .append("\" aria-label=\"Show finding ").append(k).append(" in the text\">\u2191</a></li>\n");
    }
    b.append("</ol>\n");
  }

  private static void panel(StringBuilder b, String a, ArticleReport r, String title, long damaged) {
    String text = r.article().text();
    b.append("<aside class=\"panel\" aria-label=\"Summary of ").append(Html.escape(title)).append("\">\n")
        .append("<p class=\"stats\"><b>").append(damaged).append("</b> of ").append(r.sentences().size())
        .append(r.sentences().size() == 1 ? " sentence" : " sentences").append(" damaged \u00b7 <b>")
        .append(r.findings().size()).append("</b>").append(r.findings().size() == 1 ? " finding" : " findings")
        .append("</p>\n<h3>By category</h3>\n");
    var cats = Texts.topCategories(r);
    if (cats.isEmpty()) {
      b.append("<p class=\"none\">No findings.</p>\n");
    } else {
      b.append("<table class=\"cats\"><caption class=\"sr\">Findings per category</caption><tbody>");
      for (var e : cats) {
        b.append("<tr><th scope=\"row\"><span class=\"tag c-").append(e.getKey().id())
            .append("\" aria-hidden=\"true\">").append(code(e.getKey())).append("</span> ")
            .append(e.getKey().id()).append("</th><td>").append(e.getValue()).append("</td></tr>");
      }
      b.append("</tbody></table>\n");
    }
    b.append("<h3>Worst sentences</h3>\n");
    List<SentenceScore> worst = r.worstSentences(WORST);
    if (worst.isEmpty()) {
      b.append("<p class=\"none\">No damaged sentences.</p>\n");
    } else {
      b.append("<ol class=\"worst\">\n");
      for (SentenceScore s : worst) {
        b.append("<li><a href=\"#").append(a).append("-s").append(s.sentence().index()).append("\">")
            .append("<span class=\"dmgval lv").append(level(s.damage())).append("\">")
            .append(Numbers.fixed(s.damage(), 2)).append("</span> <span class=\"where\">sentence ")
            .append(s.sentence().index() + 1).append("</span> <span class=\"ex\">")
            .append(Html.escape(Texts.excerpt(s.sentence().span().of(text), EXCERPT))).append("</span></a></li>\n");
      }
      b.append("</ol>\n");
    }
    b.append("</aside>\n");
  }

  @Override
  public void end() throws IOException {
    StringBuilder b = new StringBuilder(4096 + summaries.size() * 400);
    b.append("</div>\n");
    if (summaries.isEmpty()) {
      b.append("<p class=\"empty\">No articles were scored.</p>\n");
    } else if (summaries.size() > 1) {
      index(b);
    }
    b.append("</main>\n<footer class=\"page\"><p>Generated by garblecheck ")
        .append(Html.escape(options.toolVersion())).append(". Scores run from 0 (garbled) to 100 (clean).</p>")
        .append("</footer>\n<div id=\"tip\" class=\"tip\" hidden aria-hidden=\"true\"></div>\n<script>")
        .append(SCRIPT).append("</script>\n</body>\n</html>\n");
    out.write(b.toString());
    out.flush();
  }

  private void index(StringBuilder b) {
    double mean = summaries.stream().mapToDouble(Summary::score).average().orElse(0);
    b.append("<section id=\"index\" class=\"index\" aria-labelledby=\"index-h\">\n<h2 id=\"index-h\">")
        .append(summaries.size()).append(" articles</h2>\n<p class=\"totals\">Mean score <b>")
        .append(Numbers.fixed(mean, 1)).append("</b>");
    for (Verdict v : Verdict.values()) {
      long c = summaries.stream().filter(s -> s.verdict() == v).count();
      b.append(" \u00b7 ").append(verdictBadge(v)).append(" <b>").append(c).append("</b>");
    }
    long below = summaries.stream().filter(Summary::belowGate).count();
    if (options.failUnder().isPresent()) {
      b.append(" \u00b7 <b>").append(below).append("</b> below ")
          .append(Numbers.fixed(options.failUnder().getAsDouble(), 1));
    }
    b.append("</p>\n<table class=\"idx\">\n<caption class=\"sr\">Articles in this report; the Score, Findings and"
        + " Source headers sort the table</caption>\n<thead><tr>")
        .append("<th scope=\"col\" class=\"num\">#</th>")
        .append(sortHeader("source", "text", "Source", ""))
        .append("<th scope=\"col\">Title</th>")
        .append(sortHeader("score", "num", "Score", " num"))
        .append("<th scope=\"col\">Verdict</th>")
        .append(sortHeader("findings", "num", "Findings", " num"))
        .append("<th scope=\"col\">Top categories</th></tr></thead>\n<tbody>\n");
    for (Summary s : summaries) {
      b.append("<tr class=\"v-").append(s.verdict().id()).append(s.belowGate() ? " below" : "")
          .append("\"><td class=\"num\">").append(s.n()).append("</td><td data-v=\"")
          .append(Html.escape(s.source().toLowerCase(Locale.ROOT))).append("\"><a href=\"#a").append(s.n())
          .append("\">").append(Html.escape(s.source())).append("</a></td><td>").append(Html.escape(s.title()))
          .append("</td><td class=\"num\" data-v=\"").append(Numbers.fixed(s.score(), 1)).append("\">")
          .append(Numbers.fixed(s.score(), 1));
      if (s.belowGate()) {
        b.append(" <span class=\"gate\">below</span>");
      }
      b.append("</td><td>").append(verdictBadge(s.verdict())).append("</td><td class=\"num\" data-v=\"")
          .append(s.findings()).append("\">").append(s.findings()).append("</td><td>")
          .append(s.categories().isEmpty() ? "\u2014" : s.categories()).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static String sortHeader(String key, String type, String label, String cls) {
    return "<th scope=\"col\" class=\"sortable" + cls + "\" aria-sort=\"none\"><button type=\"button\" data-sort=\""
        + key + "\" data-type=\"" + type + "\">" + label + "<span class=\"arrow\" aria-hidden=\"true\"></span>"
        + "</button></th>";
  }

  private static String verdictBadge(Verdict v) {
    String icon = switch (v) {
      case CLEAN -> "\u2713";
      case SUSPECT -> "!";
      case GARBLED -> "\u2715";
    };
    return "<span class=\"verdict v-" + v.id() + "\"><span class=\"icon\" aria-hidden=\"true\">" + icon
        + "</span> " + v.id() + "</span>";
  }

  static int level(double damage) {
    return (int) Math.max(0, Math.min(10, Math.round(damage * 10)));
  }

  /** A short label per category, shown after each highlight so colour is never the only cue. */
  static String code(Category c) {
    return switch (c) {
      case GRAMMAR -> "GR";
      case SPELLING -> "SP";
      case WORD -> "WD";
      case NAME -> "NM";
      case PERSON -> "PN";
      case FRAGMENT -> "FR";
      case TRANSLATIONESE -> "TL";
      case SPIN -> "SN";
      case FLUENCY -> "FL";
      case PUNCTUATION -> "PU";
      case QUOTE -> "QU";
      case LABEL -> "LB";
      case RESIDUE -> "RS";
      case ARTICLE -> "AR";
      default -> c.id().substring(0, Math.min(2, c.id().length())).toUpperCase(Locale.ROOT);
    };
  }

  private static String categoryCss() {
    StringBuilder b = new StringBuilder("\n/* categories: colour, underline style and label */\n");
    for (Category c : Category.values()) {
      String color = COLORS[c.ordinal() % COLORS.length];
      String style = UNDERLINES[c.ordinal() % UNDERLINES.length];
      b.append(".c-").append(c.id()).append("{--c:").append(color).append(";--bg:").append(tint(color, 0.16))
          .append(";--u:").append(style).append("}\n");
    }
    return b.toString();
  }

  private static String tint(String hex, double alpha) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255, alpha);
  }

  private static String resource(String name) {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
