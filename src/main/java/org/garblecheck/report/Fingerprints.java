package org.garblecheck.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Finding;

/**
 * Stable identities for findings that survive edits elsewhere in the article: a hash of the rule id, the
 * normalised text of the sentence the finding sits in, the item id (for an item of a multi-article file)
 * and how many findings of that rule came earlier in a sentence with the same text. Offsets are left out on
 * purpose, so adding a paragraph above does not change them.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /** One fingerprint per finding of the report, in the report's order (32 hex digits each). */
  public static List<String> of(ArticleReport r) {
    String text = r.article().text();
    String item = SourceRef.of(r.article()).item().orElse("");
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>(r.findings().size());
    for (RankedFinding rf : RankedFinding.of(r)) {
      Finding f = rf.finding();
      String context = rf.sentence().map(s -> s.sentence().span().of(text)).orElse(f.span().of(text));
      String key = f.ruleId() + '\u0000' + normalise(context) + '\u0000' + item;
      int occurrence = seen.merge(key, 1, Integer::sum) - 1;
      out.add(sha256(key + '\u0000' + occurrence).substring(0, 32));
    }
    return out;
  }

  /** NFKC, lower case ({@code Locale.ROOT}), white space collapsed: what a re-scrape does not change. */
  public static String normalise(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
