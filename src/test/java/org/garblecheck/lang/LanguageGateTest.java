package org.garblecheck.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.garblecheck.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LanguageGateTest {
  private final LanguageGate gate = new LanguageGate();

  @ParameterizedTest
  @ValueSource(strings = {"corpus/roundtrip-gl", "corpus/roundtrip-es", "corpus/clean", "corpus/handmade"})
  void noEnglishArticleOfTheCorpusIsSkipped(String folder) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(folder))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(files.size() >= 20, folder + " has the corpus articles");
    List<String> skipped = new ArrayList<>();
    for (Path p : files) {
      String text = Files.readString(p);
      gate.skipReason(Article.of(p.toString(), "", text)).ifPresent(r -> skipped.add(p + ": " + r));
      // each paragraph alone too: feed excerpts are short
      for (String paragraph : text.split("\n\\s*\n")) {
        gate.skipReason(Article.of(p.toString(), "", paragraph))
            .ifPresent(r -> skipped.add(p + " paragraph \"" + paragraph.strip() + "\": " + r));
      }
    }
    assertEquals(List.of(), skipped);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|Le conseil municipal a approuvé mardi le budget de la ville après un long débat sur les écoles et les"
          + " routes du quartier, selon plusieurs élus.",
      "de|Der Stadtrat hat am Dienstag nach einer langen Debatte über Schulen und Straßen den Haushalt der Stadt"
          + " beschlossen, wie mehrere Mitglieder mitteilten.",
      "es|El ayuntamiento aprobó el martes el presupuesto de la ciudad tras un largo debate sobre las escuelas y"
          + " las carreteras del barrio, según varios concejales.",
      "it|Il consiglio comunale ha approvato martedì il bilancio della città dopo un lungo dibattito sulle scuole"
          + " e sulle strade del quartiere, secondo diversi consiglieri.",
      "nl|De gemeenteraad heeft dinsdag na een lang debat over scholen en wegen in de wijk de begroting van de"
          + " stad goedgekeurd, aldus meerdere raadsleden.",
      "pt|A câmara municipal aprovou na terça-feira o orçamento da cidade depois de um longo debate sobre as"
          + " escolas e as estradas do bairro, segundo vários vereadores.",
      "pl|Rada miejska zatwierdziła we wtorek budżet miasta po długiej debacie na temat szkół i dróg w"
          + " dzielnicy, jak poinformowało kilku radnych."})
  void otherLanguagesAreSkippedAndNamed(String code, String text) {
    LanguageGate.Verdict v = gate.judge(text);
    assertFalse(v.english(), text);
    assertEquals(code, v.language());
    Optional<String> reason = gate.skipReason(Article.of("x", "", text));
    assertTrue(reason.get().startsWith("not English (looks like "), reason.get());
    assertTrue(reason.get().contains("'" + code + "'"), reason.get());
  }

  @Test
  void damagedEnglishIsStillEnglish() {
    String text = "The council of the city approved in Tuesday the budget after one long debate, and the members"
        + " said that the plan will finance new schools and to repair the roads of the district for the year.";
    assertEquals("function words", gate.judge(text).how());
    assertTrue(gate.judge(text).english());
  }

  @Test
  void englishWithFewFunctionWordsFallsToTheNgramsAndStaysEnglish() {
    String headlines = "Storm damage: coastal roads closed, ferries cancelled, schools shut. Police urge drivers"
        + " avoid flooded lanes. Power cuts hit thousands; engineers working overnight. Forecast: more rain Friday.";
    LanguageGate.Verdict v = gate.judge(headlines);
    assertEquals("n-grams", v.how());
    assertTrue(v.english(), v.toString());
  }

  @Test
  void shortTextsAreNeverSkipped() {
    assertEquals(Optional.empty(), gate.skipReason(Article.of("x", "", "Le conseil a voté le budget.")));
  }
}
