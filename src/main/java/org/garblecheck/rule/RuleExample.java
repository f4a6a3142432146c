package org.garblecheck.rule;

import java.util.Optional;
import org.garblecheck.model.TextSpan;

/**
 * An example sentence carried by a rule. A bad example marks the span the rule must report with
 * {@code <marker>…</marker>}; a good example has no marker and must stay silent.
 */
public record RuleExample(String text, Optional<TextSpan> marker) {
  private static final String OPEN = "<marker>";
  private static final String CLOSE = "</marker>";

  public static RuleExample parse(String raw) {
    int open = raw.indexOf(OPEN);
    if (open < 0) {
      return new RuleExample(raw, Optional.empty());
    }
    int close = raw.indexOf(CLOSE, open);
    if (close < 0 || raw.indexOf(OPEN, open + 1) >= 0) {
      throw new IllegalArgumentException("example needs exactly one <marker>…</marker>: " + raw);
    }
    String text = raw.substring(0, open) + raw.substring(open + OPEN.length(), close)
        + raw.substring(close + CLOSE.length());
    return new RuleExample(text, Optional.of(new TextSpan(open, close - OPEN.length())));
  }
}
