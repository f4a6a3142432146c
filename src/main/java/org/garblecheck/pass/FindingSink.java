package org.garblecheck.pass;

import java.util.List;
import org.garblecheck.model.Category;
import org.garblecheck.model.Severity;
import org.garblecheck.model.TextSpan;

/**
 * Where passes report damage. The sink gives each finding its weights from the scoring data; a graded
 * detector passes a strength in (0, 1] (see {@link org.garblecheck.model.Finding}).
 */
public interface FindingSink {
  void report(String ruleId, Category category, Severity severity, TextSpan span, String message,
      List<String> suggestions, double strength);

  /** Reports a finding of full strength. */
  default void report(String ruleId, Category category, Severity severity, TextSpan span, String message,
      List<String> suggestions) {
    report(ruleId, category, severity, span, message, suggestions, 1);
  }
}
