package org.garblecheck.pass;

import java.util.List;
import org.garblecheck.model.Category;
import org.garblecheck.model.Severity;
import org.garblecheck.model.TextSpan;

/** Where passes report damage. The sink gives each finding its weights from the scoring data. */
public interface FindingSink {
  void report(String ruleId, Category category, Severity severity, TextSpan span, String message,
      List<String> suggestions);
}
