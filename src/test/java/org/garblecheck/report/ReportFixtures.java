package org.garblecheck.report;

import static org.garblecheck.model.Category.FLUENCY;
import static org.garblecheck.model.Category.FRAGMENT;
import static org.garblecheck.model.Category.GRAMMAR;
import static org.garblecheck.model.Category.PUNCTUATION;
import static org.garblecheck.model.Category.RESIDUE;
import static org.garblecheck.model.Category.SPELLING;
import static org.garblecheck.model.Category.SPIN;
import static org.garblecheck.model.Category.TRANSLATIONESE;
import static org.garblecheck.model.Category.WORD;
import static org.garblecheck.model.Severity.ERROR;
import static org.garblecheck.model.Severity.INFO;
import static org.garblecheck.model.Severity.WARNING;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Verdict;

/**
 * Hand-made reports for renderer tests: the smallest article (one clean sentence), a clean article, a
 * damaged one (nested, crossing, cross-sentence and empty findings; an emoji before a finding, so UTF-16
 * columns matter), and a batch that adds a hostile article (markup and workflow-command text everywhere)
 * and one whose title would be a spreadsheet formula. All sentences are written for these tests.
 */
final class ReportFixtures {
  static final String VERSION = "0.0.0-test";

  private ReportFixtures() {}

  /** A named set of reports and the options they are rendered with. */
  record Case(String name, List<ArticleReport> reports, RenderOptions options) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> cases() {
    RenderOptions plain = options();
    return List.of(
        new Case("one-sentence", List.of(oneSentence()), plain),
        new Case("clean", List.of(clean()), plain),
        new Case("damaged", List.of(damaged()), plain),
        new Case("batch", batch(), plain.withFailUnder(OptionalDouble.of(70)).withMaxAnnotations(6)));
  }

  static RenderOptions options() {
    return RenderOptions.defaults().withToolVersion(VERSION).withRules(rules());
  }

  static RuleMetadata rules() {
    return RuleMetadata.of(List.of(
        new RuleMetadata.RuleInfo("TL_LIGHT_VERB", TRANSLATIONESE, WARNING,
            "Light-verb phrase where English uses one verb.",
            "Light-verb phrase where English uses one verb. Flagged: \u201cShe [made a visit to] Leeds.\u201d"),
        new RuleMetadata.RuleInfo("NOUN_OF_NOUN_CALQUE", WORD, WARNING,
            "Noun-of-noun phrase calqued from a Romance compound.",
            "Noun-of-noun phrase calqued from a Romance compound."),
        new RuleMetadata.RuleInfo("SPUN_SYNONYM", SPIN, INFO, "A stock phrase with a word swapped for a synonym.",
            "A stock phrase with a word swapped for a synonym."),
        new RuleMetadata.RuleInfo("HTML_RESIDUE", RESIDUE, WARNING, "Markup copied along with the text.",
            "Markup copied along with the text.")),
        id -> id.equals("THE_YESTERDAY") ? Optional.of("Article before 'yesterday'") : Optional.empty());
  }

  static ArticleReport oneSentence() {
    return new ReportBuilder("news/2024/budget-brief.txt", "budget-brief", "Council backs budget")
        .paragraph("The council approved its budget on Tuesday by nine votes to four.")
        .build(96.8, Verdict.CLEAN);
  }

  static ArticleReport clean() {
    return new ReportBuilder("news/2024/harbour-reopens.md", "harbour-reopens", "Harbour reopens after storm repairs")
        .url("https://example.com/news/harbour-reopens?ref=feed&page=2")
        .paragraph("The harbour at Kelby reopened to fishing boats on Monday, six weeks after a winter storm tore"
                + " away part of the outer wall.",
            "Engineers finished the last section of new stone facing on Friday, a week ahead of schedule.")
        .paragraph("\u201cWe lost most of the season\u2019s early catch,\u201d said Maren Holt, who chairs the"
                + " local fishermen\u2019s association.",
            "The repair cost \u00a32.4m, shared between the council and the port authority.",
            "A second phase, raising the wall by half a metre, is planned for next spring.")
        .damage(3, 0.05, 0.05, 0.0)
        .build(94.2, Verdict.CLEAN);
  }

  static ArticleReport damaged() {
    return new ReportBuilder("news/2024/minister-visit.txt", "minister-visit", "Minister visits the flood zone")
        .paragraph("The minister of the interior has made a visit to the zone of floods in the yesterday morning.",
            "He has said that the help will arrive to the families affected in the next days.")
        .paragraph("Local residents \ud83d\ude1f expressed their big worry about the houses what were destroyed.",
            "\u201cWe are wanting only to return to our homes,\u201d said one woman of the village.")
        .paragraph("The rains continue during all the week, according to the service meteorological.")
        .damage(0, 0.86, 0.86, 0.1)
        .damage(1, 0.74, 0.72, 0.1)
        .damage(2, 0.55, 0.4, 0.3)
        .damage(3, 0.62, 0.62, 0.0)
        .damage(4, 0.48, 0.48, 0.0)
        .finding("TL_LIGHT_VERB", TRANSLATIONESE, WARNING, "made a visit to",
            "\u201cmade a visit to\u201d reads as translated; English uses one verb.", "visited")
        .finding("NOUN_OF_NOUN_CALQUE", WORD, WARNING, "the zone of floods",
            "Noun-of-noun calque of a Romance compound.", "the flood zone")
        .finding("THE_YESTERDAY", GRAMMAR, WARNING, "in the yesterday morning",
            "No article before \u201cyesterday\u201d.", "yesterday morning")
        .finding("ARTICLE_BEFORE_TIME", GRAMMAR, ERROR, "the yesterday", "Remove \u201cthe\u201d.", "yesterday")
        .finding("TENSE_SHIFT", FLUENCY, INFO, "morning. He has said", "The tense shifts across the sentence break.")
        .finding("FUTURE_CALQUE", FLUENCY, INFO, "the help will arrive", "Calqued future with a definite article.",
            "help will come")
        .finding("ARRIVE_TO", GRAMMAR, WARNING, "arrive to the families",
            "\u201carrive to\u201d: English says \u201creach\u201d or \u201carrive at\u201d.", "reach the families")
        .finding("SPUN_SYNONYM", SPIN, INFO, "big worry", "\u201cbig worry\u201d looks like a swapped synonym.",
            "deep concern", "great concern")
        .finding("WHAT_AS_RELATIVE", GRAMMAR, ERROR, "what were", "\u201cwhat\u201d used as a relative pronoun.",
            "that were")
        .finding("PROGRESSIVE_STATIVE", GRAMMAR, WARNING, "We are wanting",
            "Stative verb in the progressive.", "We want")
        .gap("MISSING_COMMA", PUNCTUATION, INFO, " in the next days", "A comma may be missing here.", ",")
        .finding("ADJ_AFTER_NOUN", TRANSLATIONESE, ERROR, "the service meteorological",
            "Adjective after the noun, as in the source language.", "the weather service")
        .build(31.6, Verdict.GARBLED);
  }

  static ArticleReport hostile() {
    return new ReportBuilder("feeds/wire,east:50%.jsonl#item-7", "item-7",
        "<script>alert(1)</script> Mayor\u2019s \"plan\" & 'budget'")
        .url("javascript:alert(1)")
        .paragraph("Protesters held signs reading \"><img src=x onerror=alert(1)> outside the hall.",
            "One sign said <script>alert(1)</script> in red letters.")
        .paragraph("The mayor said: 100% of funds,\r\nline breaks, and 'quotes' stay.")
        .damage(0, 0.3, 0.1, 0.2)
        .damage(2, 0.61, 0.6, 0.0)
        .finding("HTML_RESIDUE", RESIDUE, WARNING, "\"><img src=x onerror=alert(1)>",
            "Leftover markup <img onerror=alert(1)> copied from the page.", "</q><script>alert(2)</script>")
        .finding("HTML_RESIDUE", RESIDUE, WARNING, "<script>alert(1)</script>",
            "Leftover markup <script> copied from the page.")
        .finding("PERCENT_NEWLINE", FRAGMENT, WARNING, "100% of funds,\r\nline",
            "Broken line: 100%0A::error::injected, a:b\nsecond line", "100% of funds, | pipes | \"quotes\"")
        .build(58.3, Verdict.SUSPECT);
  }

  static ArticleReport formulaTitle() {
    return new ReportBuilder("news/2024/market|report.txt", "market|report",
        "=HYPERLINK(\"http://evil.example\",\"Markets | rally\") @editor #12 *bold* [x](y)")
        .paragraph("Shares rose sharply on Wednesday as investors cheered the news.",
            "The index closed at a record high for the third day running.",
            "Traders said the rally had legs.")
        .damage(0, 0.35, 0.05, 0.35)
        .finding("SPUN_SYNONYM", SPIN, INFO, "rose sharply", "A swapped synonym?", "climbed")
        .finding("SPELING_X", SPELLING, WARNING, "legs", "Possible spelling mistake | found.", "leg's")
        .build(72.4, Verdict.SUSPECT);
  }

  static List<ArticleReport> batch() {
    return List.of(oneSentence(), clean(), damaged(), hostile(), formulaTitle());
  }

  /** Renders reports with a format and options, as the CLI would. */
  static String render(ReportFormat format, List<ArticleReport> reports, RenderOptions options) {
    StringWriter w = new StringWriter();
    try {
      Renderer r = format.create(w, options);
      r.start();
      for (ArticleReport a : reports) {
        r.article(a);
      }
      r.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
