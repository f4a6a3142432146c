package org.garblecheck.eval.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.garblecheck.model.Verdict;

/** Renders an {@link Evaluation.Result} as plain-text tables (fixed columns, {@code Locale.ROOT} numbers). */
public final class EvalText {
  private EvalText() {}

  /** Only the header and the article, paragraph and sentence tables. */
  public static String levels(String title, Evaluation.Result r) {
    StringBuilder b = new StringBuilder();
    Evaluation.Setup s = r.setup();
    b.append(title).append('\n');
    b.append(String.format(Locale.ROOT, "%d clean articles (%d lines, %d sentences) vs %d damaged versions"
        + " (split %s%s)\n", s.cleanArticles(), s.cleanLines(), s.cleanSentences(), s.damagedVersions(),
        s.split(), s.unchanged() > 0 ? "; " + s.unchanged() + " versions identical to clean left out" : ""));
    b.append(String.format(Locale.ROOT, "model: article verdict clean >= %s, garbled < %s; line/sentence"
        + " flagged when damage >= %s\n", num(s.cleanAtLeast(), 1), num(s.garbledBelow(), 1),
        num(s.damagedSentence(), 2)));
    int w = Math.max(9, r.groups().stream().mapToInt(g -> g.generator().length()).max().orElse(9));

    b.append("\nARTICLES  damaged versions vs clean articles; flagged = verdict suspect or garbled\n");
    levelHeader(b, w, "clean/suspect/garbled");
    for (Evaluation.Group g : r.groups()) {
      levelRow(b, w, g, g.articles(), g.verdicts().get(Verdict.CLEAN) + "/" + g.verdicts().get(Verdict.SUSPECT)
          + "/" + g.verdicts().get(Verdict.GARBLED));
    }
    b.append("\nPARAGRAPHS  changed lines vs all lines of clean articles; line damage = worst sentence;"
        + " spill = flagged share of unchanged lines in damaged versions; local = AUC of changed against"
        + " unchanged lines within damaged versions\n");
    levelHeader(b, w, "spill  local");
    for (Evaluation.Group g : r.groups()) {
      levelRow(b, w, g, g.paragraphs(), num(g.spillover(), 3) + "  " + num(g.localisation(), 3));
    }
    b.append("\nSENTENCES  changed sentences vs all sentences of clean articles\n");
    levelHeader(b, w, "");
    for (Evaluation.Group g : r.groups()) {
      levelRow(b, w, g, g.sentences(), "");
    }
    return b.toString();
  }

  /**
   * @param title the first line, e.g. what was measured
   * @param topRules how many rules to list (the noisiest on clean text first)
   */
  public static String render(String title, Evaluation.Result r, int topRules) {
    StringBuilder b = new StringBuilder(levels(title, r));
    List<String> generators = r.groups().stream().map(Evaluation.Group::generator)
        .filter(x -> !x.equals("all")).toList();
    b.append("\nCATEGORIES  share of lines with a finding of the category: clean lines, and changed lines"
        + " per generator (recall)\n");
    List<String> head = new ArrayList<>(List.of(pad("category", 15), lpad("clean", 8)));
    generators.forEach(gn -> head.add(lpad(gn, Math.max(8, gn.length()))));
    b.append(String.join(" ", head).stripTrailing()).append('\n');
    for (Evaluation.CategoryRow c : r.categories()) {
      List<String> cells = new ArrayList<>(List.of(pad(c.category().id(), 15), lpad(num(c.clean(), 3), 8)));
      for (String gn : generators) {
        cells.add(lpad(num(c.recall().getOrDefault(gn, Double.NaN), 3), Math.max(8, gn.length())));
      }
      b.append(String.join(" ", cells).stripTrailing()).append('\n');
    }

    int shown = Math.min(topRules, r.rules().size());
    b.append(String.format(Locale.ROOT, "\nRULES  findings per 1,000 sentences (count): clean articles, and"
        + " changed lines per generator; noisiest on clean text first (%d of %d rules)\n", shown,
        r.rules().size()));
    int rw = Math.max(10, r.rules().stream().limit(shown).mapToInt(x -> x.rule().length()).max().orElse(10));
    List<String> rh = new ArrayList<>(List.of(pad("rule", rw), pad("category", 14), lpad("clean", 13)));
    generators.forEach(gn -> rh.add(lpad(gn, Math.max(13, gn.length()))));
    b.append(String.join(" ", rh).stripTrailing()).append('\n');
    for (Evaluation.RuleRow row : r.rules().subList(0, shown)) {
      List<String> cells = new ArrayList<>(List.of(pad(row.rule(), rw), pad(row.category().id(), 14),
          lpad(rate(row.cleanRate(), row.cleanCount()), 13)));
      for (String gn : generators) {
        cells.add(lpad(rate(row.damagedRate().getOrDefault(gn, Double.NaN), row.damagedCount().getOrDefault(gn, 0L)),
            Math.max(13, gn.length())));
      }
      b.append(String.join(" ", cells).stripTrailing()).append('\n');
    }
    return b.toString();
  }

  private static void levelHeader(StringBuilder b, int w, String extra) {
    b.append(String.format(Locale.ROOT, "%-" + w + "s %-5s %6s %6s %6s %6s %6s %6s %6s %8s %s", "generator",
        "split", "pos", "neg", "AUC", "prec", "recall", "F1", "FPR", "R@1%FPR", extra).stripTrailing())
        .append('\n');
  }

  private static void levelRow(StringBuilder b, int w, Evaluation.Group g, Level l, String extra) {
    b.append(String.format(Locale.ROOT, "%-" + w + "s %-5s %6d %6d %6s %6s %6s %6s %6s %8s %s", g.generator(),
        g.split(), l.positives(), l.negatives(), num(l.auc(), 3), num(l.atThreshold().precision(), 3),
        num(l.atThreshold().recall(), 3), num(l.atThreshold().f1(), 3), num(l.atThreshold().falsePositiveRate(), 3),
        num(l.atOnePercent().recall(), 3), extra).stripTrailing()).append('\n');
  }

  private static String rate(double per1000, long count) {
    return num(per1000, 1) + " (" + count + ")";
  }

  static String num(double v, int decimals) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static String pad(String s, int w) {
    return String.format(Locale.ROOT, "%-" + w + "s", s);
  }

  private static String lpad(String s, int w) {
    return String.format(Locale.ROOT, "%" + w + "s", s);
  }
}
