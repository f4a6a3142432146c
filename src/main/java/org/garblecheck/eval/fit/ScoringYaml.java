package org.garblecheck.eval.fit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.garblecheck.model.Category;
import org.garblecheck.rule.ScoringData;

/**
 * Writes a {@link ScoringData} as {@code rules/scoring.yml}, in the hand-written file's layout: the
 * leading comment block kept, one flow mapping per category, plain decimal numbers. The output depends only
 * on its inputs (no timestamps), so the same fit writes the same bytes.
 */
public final class ScoringYaml {
  static final String FITTED_MARK = "# Fitted by garblecheck calibrate";

  private ScoringYaml() {}

  /**
   * @param previous the current file's text (its leading comment block is kept, minus an earlier
   *     "Fitted by" block), or empty
   * @param provenance comment lines (without {@code #}) saying how the numbers were fitted
   */
  public static String write(ScoringData d, String previous, List<String> provenance) {
    StringBuilder b = new StringBuilder();
    for (String line : header(previous)) {
      b.append(line).append('\n');
    }
    if (!provenance.isEmpty()) {
      b.append(FITTED_MARK).append(provenance.get(0).isEmpty() ? "" : " " + provenance.get(0)).append('\n');
      for (String p : provenance.subList(1, provenance.size())) {
        b.append("#   ").append(p).append('\n');
      }
    }
    b.append("categories:\n");
    for (Category c : Category.values()) {
      ScoringData.Weight w = d.categoryWeights().get(c);
      b.append("  ").append(c.id()).append(": {mt: ").append(num(w.mt())).append(", spin: ")
          .append(num(w.spin())).append("}\n");
    }
    if (d.ruleWeights().isEmpty()) {
      b.append("rules: {}\n");
    } else {
      b.append("rules:\n");
      for (Map.Entry<String, ScoringData.Weight> e : d.ruleWeights().entrySet()) {
        b.append("  ").append(e.getKey()).append(": {mt: ").append(num(e.getValue().mt())).append(", spin: ")
            .append(num(e.getValue().spin())).append("}\n");
      }
    }
    b.append("sentence:\n  damaged: ").append(num(d.damagedSentence())).append('\n');
    if (d.context().strength() > 0) {
      b.append("  context: {strength: ").append(num(d.context().strength())).append(", mt: ")
          .append(num(d.context().mt())).append(", spin: ").append(num(d.context().spin())).append("}\n");
    }
    b.append("article:\n  bias: ").append(num(d.bias())).append('\n');
    if (d.coefficients().isEmpty()) {
      b.append("  coefficients: {}\n");
    } else {
      b.append("  coefficients:\n");
      d.coefficients().forEach((k, v) -> b.append("    ").append(k).append(": ").append(num(v)).append('\n'));
    }
    b.append("  thresholds:\n    clean: ").append(num(d.cleanAtLeast())).append("\n    garbled: ")
        .append(num(d.garbledBelow())).append('\n');
    return b.toString();
  }

  /** The leading comment lines of a scoring file, without an earlier fit's provenance block. */
  static List<String> header(String previous) {
    List<String> out = new ArrayList<>();
    boolean inFitted = false;
    for (String line : previous.lines().toList()) {
      if (!line.startsWith("#")) {
        break;
      }
      if (line.startsWith(FITTED_MARK)) {
        inFitted = true;
        continue;
      }
      if (inFitted && line.startsWith("#   ")) {
        continue;
      }
      inFitted = false;
      out.add(line);
    }
    return out;
  }

  /** A plain decimal: no exponent, no trailing zeros, {@code -0} written as {@code 0}. */
  static String num(double v) {
    if (v == 0) {
      return "0";
    }
    String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    return s;
  }
}
