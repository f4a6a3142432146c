package org.garblecheck.detect.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.garblecheck.detect.Letters;
import org.garblecheck.detect.WordToken;

/**
 * The capitalised words of an article, by form: how often each is written, how often in the middle of a
 * sentence (where capitals mean a name), and which capitalised words stand next to it.
 */
final class NameMentions {
  /** One capitalised form and its occurrences. */
  static final class Form {
    final String text;
    final List<WordToken> tokens = new ArrayList<>();
    int midSentence;

    Form(String text) {
      this.text = text;
    }

    int count() {
      return tokens.size();
    }

    /** Where the form is first written (article offset). */
    int first() {
      return tokens.get(0).start();
    }
  }

  private final Map<String, Form> forms = new HashMap<>();
  private final Map<String, Integer> lowerCounts = new HashMap<>();
  private final Set<String> pairs = new HashSet<>();

  static NameMentions of(List<List<WordToken>> sentences) {
    NameMentions m = new NameMentions();
    for (List<WordToken> s : sentences) {
      for (int k = 0; k < s.size(); k++) {
        WordToken t = s.get(k);
        if (!Letters.isWord(t.text())) {
          continue;
        }
        if (Letters.isCapitalised(t.text())) {
          Form f = m.forms.computeIfAbsent(t.text(), Form::new);
          f.tokens.add(t);
          if (t.midSentence()) {
            f.midSentence++;
          }
          if (k + 1 < s.size() && Letters.isCapitalised(s.get(k + 1).text())) {
            m.pairs.add(t.text() + " " + s.get(k + 1).text());
          }
        } else if (Letters.isLowerCase(t.text())) {
          m.lowerCounts.merge(t.text(), 1, Integer::sum);
        }
      }
    }
    return m;
  }

  Iterable<Form> forms() {
    return forms.values();
  }

  Form form(String text) {
    return forms.get(text);
  }

  int lowerCount(String text) {
    return lowerCounts.getOrDefault(text, 0);
  }

  /** True when the article writes these two capitalised words next to each other, in this order. */
  boolean adjacent(String first, String second) {
    return pairs.contains(first + " " + second);
  }
}
