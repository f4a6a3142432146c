package org.garblecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Category;
import org.garblecheck.model.Severity;
import org.garblecheck.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The SARIF log's structure, positions and fingerprints; and validation against the OASIS SARIF 2.1.0
 * schema. The schema is not committed (the OASIS file carries no licence that lets us redistribute it), so
 * that one test runs only where the shared copy is found ({@code -Dsarif.schema=FILE}, or
 * {@code shared/data/sarif/} beside the checkout).
 */
class SarifRendererTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode sarif(List<ArticleReport> reports) throws Exception {
    return JSON.readTree(ReportFixtures.render(ReportFormat.SARIF, reports, ReportFixtures.options()));
  }

  @Test
  void validAgainstTheOfficialSchema() throws Exception {
    Optional<Path> schemaFile = schemaFile();
    assumeTrue(schemaFile.isPresent(), "SARIF schema not found (give -Dsarif.schema=FILE); structure is still tested");
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(schemaFile.get())) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    for (ReportFixtures.Case c : ReportFixtures.cases()) {
      JsonNode log = JSON.readTree(ReportFixtures.render(ReportFormat.SARIF, c.reports(), c.options()));
      Set<ValidationMessage> errors = schema.validate(log);
      assertTrue(errors.isEmpty(), c.name() + ": " + errors);
    }
    // the validator does look: a wrong level is caught
    ObjectNode broken = (ObjectNode) sarif(List.of(ReportFixtures.damaged()));
    ((ObjectNode) broken.get("runs").get(0).get("results").get(0)).put("level", "fatal");
    assertFalse(schema.validate(broken).isEmpty());
  }

  @Test
  void driverListsOurRulesThenTheOnesSeen() throws Exception {
    JsonNode run = sarif(ReportFixtures.batch()).get("runs").get(0);
    assertEquals("2.1.0", sarif(List.of()).get("version").asText());
    JsonNode driver = run.get("tool").get("driver");
    assertEquals("garblecheck", driver.get("name").asText());
    assertEquals(ReportFixtures.VERSION, driver.get("version").asText());
    assertTrue(driver.get("informationUri").asText().startsWith("https://"));
    List<String> ids = new ArrayList<>();
    driver.get("rules").forEach(r -> ids.add(r.get("id").asText()));
    assertEquals(List.of("TL_LIGHT_VERB", "NOUN_OF_NOUN_CALQUE", "SPUN_SYNONYM", "HTML_RESIDUE", "THE_YESTERDAY",
        "ARTICLE_BEFORE_TIME", "TENSE_SHIFT", "FUTURE_CALQUE", "ARRIVE_TO", "MISSING_COMMA", "WHAT_AS_RELATIVE",
        "PROGRESSIVE_STATIVE", "ADJ_AFTER_NOUN", "PERCENT_NEWLINE", "SPELING_X"), ids);
    JsonNode yesterday = driver.get("rules").get(4);
    assertEquals("Article before 'yesterday'", yesterday.get("shortDescription").get("text").asText());
    assertEquals("warning", yesterday.get("defaultConfiguration").get("level").asText());
    assertEquals("note", driver.get("rules").get(2).get("defaultConfiguration").get("level").asText());
    for (JsonNode r : run.get("results")) {
      assertEquals(r.get("ruleId").asText(), ids.get(r.get("ruleIndex").asInt()));
    }
    assertEquals(31.6, run.get("properties").get("articles").get(2).get("score").asDouble());
  }

  @Test
  void regionsCountUtf16CodeUnits() throws Exception {
    JsonNode results = sarif(List.of(ReportFixtures.damaged())).get("runs").get(0).get("results");
    JsonNode what = null;
    for (JsonNode r : results) {
      if (r.get("ruleId").asText().equals("WHAT_AS_RELATIVE")) {
        what = r;
      }
    }
    assertEquals("error", what.get("level").asText());
    JsonNode loc = what.get("locations").get(0).get("physicalLocation");
    assertEquals("news/2024/minister-visit.txt", loc.get("artifactLocation").get("uri").asText());
    JsonNode region = loc.get("region");
    // line 3 is "Local residents 😟 expressed …": the emoji is two UTF-16 code units
    assertEquals(3, region.get("startLine").asInt());
    assertEquals(63, region.get("startColumn").asInt());
    assertEquals(3, region.get("endLine").asInt());
    assertEquals(72, region.get("endColumn").asInt());
    String text = ReportFixtures.damaged().article().text();
    assertEquals(text.indexOf("what were"), region.get("charOffset").asInt());
    assertEquals(9, region.get("charLength").asInt());
    assertEquals("what were", region.get("snippet").get("text").asText());
  }

  @Test
  void itemsOfAFeedNameTheFileAndTheItemButNoRegion() throws Exception {
    JsonNode r = sarif(List.of(ReportFixtures.hostile())).get("runs").get(0).get("results").get(0);
    JsonNode loc = r.get("locations").get(0);
    assertEquals("feeds/wire%2Ceast%3A50%25.jsonl", loc.get("physicalLocation").get("artifactLocation").get("uri").asText());
    assertFalse(loc.get("physicalLocation").has("region"));
    assertEquals("item-7", loc.get("logicalLocations").get(0).get("name").asText());
  }

  @Test
  void fingerprintsIgnoreOffsetsButNotTheSentence() {
    ArticleReport base = twice("The houses what were destroyed stood here.");
    List<String> prints = Fingerprints.of(base);
    assertEquals(2, prints.size());
    assertNotEquals(prints.get(0), prints.get(1), "the same rule in two equal sentences: occurrence counts");

    ArticleReport shifted = new ReportBuilder("a.txt", "a", "T")
        .paragraph("A new first paragraph moves every offset.")
        .paragraph("The   houses what were destroyed stood here.", "The houses what were destroyed stood here.")
        .finding("WHAT_AS_RELATIVE", Category.GRAMMAR, Severity.ERROR, "what were", 0, "m")
        .finding("WHAT_AS_RELATIVE", Category.GRAMMAR, Severity.ERROR, "what were", 1, "m")
        .build(50, Verdict.SUSPECT);
    assertEquals(prints, Fingerprints.of(shifted), "white space and position do not matter");

    ArticleReport edited = twice("The houses what were burnt stood here.");
    assertNotEquals(prints.get(0), Fingerprints.of(edited).get(0), "a different sentence is a different finding");

    Set<String> all = new HashSet<>();
    ReportFixtures.batch().forEach(r -> all.addAll(Fingerprints.of(r)));
    assertEquals(ReportFixtures.batch().stream().mapToInt(r -> r.findings().size()).sum(), all.size());
  }

  private static ArticleReport twice(String sentence) {
    return new ReportBuilder("a.txt", "a", "T")
        .paragraph(sentence, sentence)
        .finding("WHAT_AS_RELATIVE", Category.GRAMMAR, Severity.ERROR, "what were", 0, "m")
        .finding("WHAT_AS_RELATIVE", Category.GRAMMAR, Severity.ERROR, "what were", 1, "m")
        .build(50, Verdict.SUSPECT);
  }

  @Test
  void urisAreRelativeAndEncoded() {
    assertEquals("dir/a%20b%23c.txt", SourceRef.encodePath("dir/a b#c.txt"));
    assertEquals("caf%C3%A9.txt", SourceRef.encodePath("café.txt"));
    assertEquals("%3Cstdin%3E", new SourceRef("<stdin>", Optional.empty()).uri());
  }

  static Optional<Path> schemaFile() {
    List<Path> candidates = new ArrayList<>();
    String given = System.getProperty("sarif.schema");
    if (given != null && !given.isBlank()) {
      candidates.add(Path.of(given));
    }
    Path rel = Path.of("shared", "data", "sarif", "sarif-schema-2.1.0.json");
    Path dir = Path.of("").toAbsolutePath();
    for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
      candidates.add(dir.resolve(rel));
    }
    return candidates.stream().filter(Files::isRegularFile).findFirst();
  }
}
