package org.garblecheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.model.SentenceScore;

/** Small text helpers shared by renderers. */
final class Texts {
  private Texts() {}

  /** White space runs (line breaks included) become one space; the ends are trimmed. */
  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** One line, cut to at most {@code max} characters with an ellipsis (never inside a surrogate pair). */
  static String excerpt(String s, int max) {
    String one = oneLine(s);
    if (one.length() <= max) {
      return one;
    }
    int cut = max - 1;
    if (Character.isLowSurrogate(one.charAt(cut)) && cut > 0) {
      cut--;
    }
    return one.substring(0, cut) + "\u2026";
  }

  /** The headline, or the id when the article has none. */
  static String titleOrId(ArticleReport r) {
    String t = oneLine(r.article().title());
    return t.isEmpty() ? r.article().id() : t;
  }

  /** The first suggestion, or empty. */
  static String suggestion(Finding f) {
    return f.suggestions().isEmpty() ? "" : f.suggestions().get(0);
  }

  /** Categories with at least one finding, most findings first (ties in category order). */
  static List<Map.Entry<Category, Long>> topCategories(ArticleReport r) {
    Map<Category, Long> counts = new EnumMap<>(Category.class);
    for (Finding f : r.findings()) {
      counts.merge(f.category(), 1L, Long::sum);
    }
    List<Map.Entry<Category, Long>> out = new ArrayList<>(counts.entrySet());
    out.sort(Map.Entry.<Category, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
    return out;
  }

  /**
   * The rules behind a sentence's damage, weightiest first (at most {@code limit}), shown findings and
   * weak evidence alike: a sentence can be damaged by evidence too weak to show on its own, and the reader
   * should see where its number comes from.
   */
  static String damageSources(ArticleReport r, SentenceScore s, int limit) {
    Map<String, Double> weight = new TreeMap<>();
    for (Finding f : r.allFindings()) {
      if (f.start() >= s.sentence().start() && f.start() < s.sentence().end()) {
        // a residue finding makes its sentence residue (damage 1) without weighing on either axis
        double w = f.category() == Category.RESIDUE ? 1 : Math.max(f.mt(), f.spin()) * f.strength();
        weight.merge(f.ruleId(), w, Math::max);
      }
    }
    return weight.entrySet().stream().filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit).map(Map.Entry::getKey).collect(Collectors.joining(", "));
  }
}
