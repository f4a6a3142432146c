package org.garblecheck.spin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.languagetool.AnalyzedToken;
import org.languagetool.synthesis.Synthesizer;

/**
 * Puts a replacement lemma into the form of the word it replaces, with LanguageTool's English synthesizer:
 * plural nouns, verb {@code -s}/{@code -ed}/{@code -ing} forms (irregular ones too), comparative and
 * superlative adjectives. In a multi-word lemma the head is inflected: the last word of a noun
 * ("press conferences"), the first word of a verb ("finished off").
 */
public final class Inflector {
  private final Synthesizer synthesizer;

  public Inflector(Synthesizer synthesizer) {
    this.synthesizer = synthesizer;
  }

  /**
   * The lemma in the form that {@code tag} (a LanguageTool Penn tag) asks for; empty when the form cannot
   * be made (an uncountable noun in the plural, an unknown verb, a multi-word comparative).
   */
  public Optional<String> inflect(String lemma, WordClass wordClass, String tag) {
    String form = baseTag(tag);
    if (form == null) {
      return Optional.of(lemma);
    }
    int space;
    String head;
    String before = "";
    String after = "";
    switch (wordClass) {
      case NOUN -> {
        space = lemma.lastIndexOf(' ');
        before = lemma.substring(0, space + 1);
        head = lemma.substring(space + 1);
      }
      case VERB -> {
        space = lemma.indexOf(' ');
        head = space < 0 ? lemma : lemma.substring(0, space);
        after = space < 0 ? "" : lemma.substring(space);
      }
      default -> {
        if (lemma.indexOf(' ') >= 0) {
          return Optional.empty();
        }
        head = lemma;
      }
    }
    String[] forms;
    try {
      synchronized (synthesizer) {
        forms = synthesizer.synthesize(new AnalyzedToken(head, null, head), form);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("LanguageTool synthesizer failed", e);
    }
    if (forms == null || forms.length == 0) {
      return Optional.empty();
    }
    // LanguageTool may list the unchanged word too ("nestling" beside "nestlings"); the changed form is meant
    String chosen = forms[0];
    for (String f : forms) {
      if (!f.equals(head)) {
        chosen = f;
        break;
      }
    }
    return Optional.of(before + chosen + after);
  }

  /** The tag to synthesize, or null when the base form (the lemma itself) is wanted. */
  private static String baseTag(String tag) {
    return switch (tag) {
      case "NNS", "VBZ", "VBD", "VBN", "VBG", "JJR", "JJS", "RBR", "RBS" -> tag;
      default -> null;
    };
  }
}
