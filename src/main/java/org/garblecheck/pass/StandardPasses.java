package org.garblecheck.pass;

import java.util.List;
import org.garblecheck.detect.article.ArticlePass;
import org.garblecheck.detect.translationese.FragmentPass;
import org.garblecheck.detect.translationese.OfChainPass;
import org.garblecheck.detect.translationese.PersonFlipPass;
import org.garblecheck.detect.Lexicon;
import org.garblecheck.detect.names.NamePass;
import org.garblecheck.detect.words.WordShapes;
import org.garblecheck.detect.words.WordPass;
import org.languagetool.JLanguageTool;

/** The passes every {@code GarbleCheck} runs unless told otherwise. */
public final class StandardPasses {
  /** English varieties whose spelling is accepted besides the primary one. */
  public static final List<String> VARIETIES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-NZ", "en-ZA");

  private StandardPasses() {}

  public static List<PassFactory> all() {
    return List.of(
        (lt, rules) -> new LanguageToolPass(lt, rules.languageTool(),
            rules.languageToolPatterns().rules(lt.getLanguage())),
        StandardPasses::spelling,
        (lt, rules) -> new PatternPass(rules.patternRules()),
        org.garblecheck.lm.FluencyPass.factory(),
        org.garblecheck.detect.spin.SpinPass.factory(),
        (lt, rules) -> new PersonFlipPass(rules),
        (lt, rules) -> new FragmentPass(rules),
        (lt, rules) -> new OfChainPass(rules),
        (lt, rules) -> new ArticlePass(rules),
        (lt, rules) -> new NamePass(Lexicon.of(lt)),
        (lt, rules) -> new WordPass(Lexicon.of(lt), WordShapes.bundled()));
  }

  static Pass spelling(JLanguageTool lt, org.garblecheck.rule.RuleBook rules) {
    return new SpellingPass(Lexicon.of(lt));
  }
}
