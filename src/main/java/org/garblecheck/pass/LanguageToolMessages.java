package org.garblecheck.pass;

import java.util.List;
import java.util.regex.Pattern;
import org.languagetool.rules.RuleMatch;

/** Turns LanguageTool's rule-match messages (with inline {@code <suggestion>} tags) into plain text. */
final class LanguageToolMessages {
  private static final Pattern SUGGESTION_TAG = Pattern.compile("</?suggestion>");
  private static final int MAX_SUGGESTIONS = 3;

  private LanguageToolMessages() {}

  static String plain(RuleMatch m) {
    String msg = m.getMessage();
    msg = msg.replace("<suggestion>", "“").replace("</suggestion>", "”");
    return SUGGESTION_TAG.matcher(msg).replaceAll("").strip();
  }

  static List<String> suggestions(RuleMatch m) {
    return m.getSuggestedReplacements().stream().limit(MAX_SUGGESTIONS).toList();
  }
}
