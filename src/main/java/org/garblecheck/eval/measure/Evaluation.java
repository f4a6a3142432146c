package org.garblecheck.eval.measure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.garblecheck.eval.Roc;
import org.garblecheck.eval.corpus.ScoredVersion;
import org.garblecheck.eval.corpus.Split;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.model.Verdict;

/**
 * Measures scored, labelled versions against their clean originals, per generator and pooled.
 *
 * <ul>
 *   <li>Articles: positives are damaged versions with at least one changed line, negatives the clean
 *       articles; the ranking score is {@code 100 − score}; flagged = verdict suspect or garbled.
 *   <li>Paragraphs (lines): positives are the changed lines of damaged versions, negatives every line of
 *       the clean articles; a line's damage is the highest damage of a sentence starting on it; flagged =
 *       damage ≥ {@code sentence.damaged}. Unchanged lines of damaged versions are neither: they are the
 *       clean text again, and counting them as negatives would count the clean lines twice; how often they
 *       are flagged is reported apart as "spill-over" (article-level detectors may fire on them). Apart
 *       too, "localisation": within each damaged version that has both, how often a changed line has more
 *       damage than an unchanged one (ties ½), pooled over the pairs of all versions. Clean articles are
 *       not in it, so article-level evidence cannot raise it: it is how well damage is placed within a
 *       story (telling only for partial damage: hand-made, mixed, slips).
 *   <li>Sentences: positives are changed sentences (see {@link ScoredVersion}), negatives every sentence of
 *       the clean articles.
 *   <li>Per category: the share of changed lines with at least one finding of the category, and of clean
 *       lines.
 *   <li>Per rule: findings per 1,000 sentences of clean articles, and per 1,000 sentences on changed lines
 *       of each generator.
 * </ul>
 * Clean articles are the negatives of every group, whatever the split filter.
 */
public final class Evaluation {
  private Evaluation() {}

  /** The whole result; groups are per generator in input order, then {@code all}. */
  public record Result(Setup setup, List<Group> groups, List<CategoryRow> categories, List<RuleRow> rules) {}

  /**
   * @param split the split filter ({@code null} = all)
   * @param unchanged damaged versions left out because no line differs from the clean version
   */
  public record Setup(String split, int cleanArticles, int cleanLines, int cleanSentences, int damagedVersions,
      int unchanged, double damagedSentence, double cleanAtLeast, double garbledBelow) {}

  /**
   * @param spillover of the unchanged lines of damaged versions, the share flagged
   * @param localisation within damaged versions, the AUC of changed against unchanged lines (NaN: no version
   *     has both)
   * @param verdicts verdict counts of the damaged versions
   */
  public record Group(String generator, String split, Level articles, Level paragraphs, Level sentences,
      double spillover, double localisation, Map<Verdict, Integer> verdicts) {}

  /** One category: share of clean lines and of each generator's changed lines with a finding of it. */
  public record CategoryRow(Category category, double clean, Map<String, Double> recall) {}

  /** One rule: findings per 1,000 sentences on clean text and on each generator's changed lines. */
  public record RuleRow(String rule, Category category, long cleanCount, double cleanRate,
      Map<String, Long> damagedCount, Map<String, Double> damagedRate) {}

  public static Result of(List<ScoredVersion> versions, Optional<Split> split, double damagedSentence,
      double cleanAtLeast, double garbledBelow) {
    List<ScoredVersion> clean = versions.stream().filter(v -> v.version().isClean()).toList();
    List<ScoredVersion> damaged = versions.stream()
        .filter(v -> !v.version().isClean())
        .filter(v -> split.isEmpty() || v.version().split() == split.get())
        .toList();
    List<ScoredVersion> changed = damaged.stream().filter(v -> !v.version().changedLines().isEmpty()).toList();
    Set<String> generators = new LinkedHashSet<>();
    Map<String, String> splitOf = new LinkedHashMap<>();
    for (ScoredVersion v : changed) {
      generators.add(v.version().generator());
      splitOf.merge(v.version().generator(), v.version().split().id(), (a, b) -> a.equals(b) ? a : "mixed");
    }
    Side negatives = Side.of(clean, damagedSentence);
    List<Group> groups = new ArrayList<>();
    for (String g : generators) {
      List<ScoredVersion> mine = changed.stream().filter(v -> v.version().generator().equals(g)).toList();
      groups.add(group(g, splitOf.get(g), mine, negatives, damagedSentence));
    }
    if (generators.size() > 1) {
      groups.add(group("all", split.map(Split::id).orElse("all"), changed, negatives, damagedSentence));
    }
    Setup setup = new Setup(split.map(Split::id).orElse("all"), clean.size(), negatives.lineDamage.length,
        negatives.sentenceDamage.length, changed.size(), damaged.size() - changed.size(), damagedSentence,
        cleanAtLeast, garbledBelow);
    return new Result(setup, groups, categories(clean, changed, generators), rules(clean, changed, generators));
  }

  private static Group group(String generator, String split, List<ScoredVersion> mine, Side negatives,
      double damagedAt) {
    Side positives = Side.of(mine, damagedAt);
    Level articles = Level.of(positives.articleDamage, negatives.articleDamage, positives.articlesFlagged,
        negatives.articlesFlagged);
    Level paragraphs = Level.of(positives.lineDamage, negatives.lineDamage, count(positives.lineDamage, damagedAt),
        count(negatives.lineDamage, damagedAt));
    Level sentences = Level.of(positives.sentenceDamage, negatives.sentenceDamage,
        count(positives.sentenceDamage, damagedAt), count(negatives.sentenceDamage, damagedAt));
    double spill = positives.unchangedLines == 0 ? Double.NaN
        : positives.unchangedLinesFlagged / (double) positives.unchangedLines;
    Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      verdicts.put(v, 0);
    }
    mine.forEach(v -> verdicts.merge(v.report().verdict(), 1, Integer::sum));
    double local = positives.localPairs == 0 ? Double.NaN : positives.localWins / positives.localPairs;
    return new Group(generator, split, articles, paragraphs, sentences, spill, local, verdicts);
  }

  private static long count(double[] d, double t) {
    long n = 0;
    for (double x : d) {
      if (x >= t) {
        n++;
      }
    }
    return n;
  }

  /**
   * The scores of one side: clean versions (all lines and sentences) or damaged versions (changed lines
   * and sentences only).
   */
  private record Side(double[] articleDamage, long articlesFlagged, double[] lineDamage, double[] sentenceDamage,
      long unchangedLines, long unchangedLinesFlagged, double localWins, double localPairs) {
    static Side of(List<ScoredVersion> versions, double damagedAt) {
      double[] articles = new double[versions.size()];
      long flagged = 0;
      List<Double> lines = new ArrayList<>();
      List<Double> sentences = new ArrayList<>();
      long unchanged = 0;
      long unchangedFlagged = 0;
      double localWins = 0;
      double localPairs = 0;
      for (int k = 0; k < versions.size(); k++) {
        ScoredVersion v = versions.get(k);
        ArticleReport r = v.report();
        articles[k] = 100 - r.score();
        flagged += r.verdict() != Verdict.CLEAN ? 1 : 0;
        boolean clean = v.version().isClean();
        double[] ld = v.lineDamage();
        List<Double> changedHere = new ArrayList<>();
        List<Double> unchangedHere = new ArrayList<>();
        for (int l = 0; l < ld.length; l++) {
          if (clean || v.isLineChanged(l + 1)) {
            lines.add(ld[l]);
            changedHere.add(ld[l]);
          } else {
            unchanged++;
            unchangedFlagged += ld[l] >= damagedAt ? 1 : 0;
            unchangedHere.add(ld[l]);
          }
        }
        if (!clean && !unchangedHere.isEmpty() && !changedHere.isEmpty()) {
          double pairs = (double) changedHere.size() * unchangedHere.size();
          localWins += Roc.auc(unbox(changedHere), unbox(unchangedHere)) * pairs;
          localPairs += pairs;
        }
        for (int s = 0; s < r.sentences().size(); s++) {
          if (clean || v.sentenceChanged()[s]) {
            sentences.add(r.sentences().get(s).damage());
          }
        }
      }
      return new Side(articles, flagged, unbox(lines), unbox(sentences), unchanged, unchangedFlagged, localWins,
          localPairs);
    }
  }

  private static double[] unbox(List<Double> l) {
    double[] d = new double[l.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = l.get(i);
    }
    return d;
  }

  private static List<CategoryRow> categories(List<ScoredVersion> clean, List<ScoredVersion> changed,
      Set<String> generators) {
    List<CategoryRow> rows = new ArrayList<>();
    for (Category c : Category.values()) {
      double cleanShare = lineShare(clean, c);
      Map<String, Double> recall = new LinkedHashMap<>();
      for (String g : generators) {
        recall.put(g, lineShare(changed.stream().filter(v -> v.version().generator().equals(g)).toList(), c));
      }
      rows.add(new CategoryRow(c, cleanShare, recall));
    }
    return rows;
  }

  /** Share of the lines that count (all lines of clean versions, changed lines of damaged ones) with a finding of c. */
  private static double lineShare(List<ScoredVersion> versions, Category c) {
    long lines = 0;
    long hit = 0;
    for (ScoredVersion v : versions) {
      boolean clean = v.version().isClean();
      Set<Integer> withFinding = new java.util.HashSet<>();
      int[] fl = v.findingLines();
      List<Finding> f = v.report().findings();
      for (int i = 0; i < fl.length; i++) {
        if (f.get(i).category() == c) {
          withFinding.add(fl[i]);
        }
      }
      for (int l = 1; l <= v.lineCount(); l++) {
        if (clean || v.isLineChanged(l)) {
          lines++;
          hit += withFinding.contains(l) ? 1 : 0;
        }
      }
    }
    return lines == 0 ? Double.NaN : hit / (double) lines;
  }

  private static List<RuleRow> rules(List<ScoredVersion> clean, List<ScoredVersion> changed, Set<String> generators) {
    Map<String, Category> categoryOf = new TreeMap<>();
    Map<String, Long> cleanCount = new TreeMap<>();
    long cleanSentences = 0;
    for (ScoredVersion v : clean) {
      cleanSentences += v.report().sentences().size();
      for (Finding f : v.report().findings()) {
        categoryOf.putIfAbsent(f.ruleId(), f.category());
        cleanCount.merge(f.ruleId(), 1L, Long::sum);
      }
    }
    Map<String, Map<String, Long>> damagedCount = new TreeMap<>();
    Map<String, Long> sentencesOf = new LinkedHashMap<>();
    for (String g : generators) {
      sentencesOf.put(g, 0L);
    }
    for (ScoredVersion v : changed) {
      String g = v.version().generator();
      long n = 0;
      for (int line : v.sentenceLines()) {
        n += v.isLineChanged(line) ? 1 : 0;
      }
      sentencesOf.merge(g, n, Long::sum);
      int[] fl = v.findingLines();
      List<Finding> f = v.report().findings();
      for (int i = 0; i < fl.length; i++) {
        if (v.isLineChanged(fl[i])) {
          categoryOf.putIfAbsent(f.get(i).ruleId(), f.get(i).category());
          damagedCount.computeIfAbsent(f.get(i).ruleId(), k -> new TreeMap<>()).merge(g, 1L, Long::sum);
        }
      }
    }
    List<RuleRow> rows = new ArrayList<>();
    for (var e : categoryOf.entrySet()) {
      String rule = e.getKey();
      long cc = cleanCount.getOrDefault(rule, 0L);
      Map<String, Long> dc = new LinkedHashMap<>();
      Map<String, Double> dr = new LinkedHashMap<>();
      for (String g : generators) {
        long k = damagedCount.getOrDefault(rule, Map.of()).getOrDefault(g, 0L);
        dc.put(g, k);
        dr.put(g, per1000(k, sentencesOf.get(g)));
      }
      rows.add(new RuleRow(rule, e.getValue(), cc, per1000(cc, cleanSentences), dc, dr));
    }
    rows.sort((a, b) -> {
      int c = Double.compare(b.cleanRate(), a.cleanRate());
      if (c != 0) {
        return c;
      }
      double sa = a.damagedRate().values().stream().mapToDouble(Double::doubleValue).sum();
      double sb = b.damagedRate().values().stream().mapToDouble(Double::doubleValue).sum();
      c = Double.compare(sb, sa);
      return c != 0 ? c : a.rule().compareTo(b.rule());
    });
    return rows;
  }

  private static double per1000(long count, long sentences) {
    return sentences == 0 ? Double.NaN : 1000.0 * count / sentences;
  }
}
