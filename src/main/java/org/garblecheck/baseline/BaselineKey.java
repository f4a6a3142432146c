package org.garblecheck.baseline;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.garblecheck.model.Finding;
import org.garblecheck.model.Sentence;

/**
 * What makes two findings "the same" for a baseline, independent of where they are: the rule, the sentence
 * the finding starts in (white space collapsed, lower-cased) and the text the finding covers (white space
 * collapsed, case kept). Editing elsewhere in the article, or moving the sentence, keeps the key; editing
 * the sentence itself makes its findings new.
 */
public record BaselineKey(String rule, String sentence, String text) implements Comparable<BaselineKey> {
  private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Comparator<BaselineKey> ORDER = Comparator.comparing(BaselineKey::rule)
      .thenComparing(BaselineKey::sentence)
      .thenComparing(BaselineKey::text);

  public BaselineKey {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(text, "text");
  }

  /** The key of a finding in an article with these sentences (in text order). */
  public static BaselineKey of(String articleText, List<Sentence> sentences, Finding f) {
    int at = Math.min(f.start(), articleText.length());
    String context = sentenceAt(sentences, at)
        .map(s -> s.span().of(articleText))
        .orElseGet(() -> lineAt(articleText, at));
    String covered = articleText.substring(at, Math.max(at, Math.min(f.end(), articleText.length())));
    return new BaselineKey(f.ruleId(), collapse(context).toLowerCase(Locale.ROOT), collapse(covered));
  }

  static String collapse(String s) {
    return SPACE.matcher(s).replaceAll(" ").strip();
  }

  private static Optional<Sentence> sentenceAt(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The line around an offset, for findings outside every sentence (e.g. scraper residue). */
  private static String lineAt(String text, int offset) {
    int from = offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    int to = text.indexOf('\n', offset);
    return text.substring(from, to < 0 ? text.length() : to);
  }

  @Override
  public int compareTo(BaselineKey o) {
    return ORDER.compare(this, o);
  }
}
