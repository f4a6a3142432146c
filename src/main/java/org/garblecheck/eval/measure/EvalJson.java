package org.garblecheck.eval.measure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.garblecheck.eval.Confusion;
import org.garblecheck.model.Verdict;

/** The JSON form of an {@link Evaluation.Result}; undefined rates are {@code null}, numbers have 4 decimals. */
public final class EvalJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private EvalJson() {}

  public static ObjectNode of(Evaluation.Result r) {
    ObjectNode root = MAPPER.createObjectNode();
    Evaluation.Setup s = r.setup();
    ObjectNode setup = root.putObject("setup");
    setup.put("split", s.split());
    setup.put("cleanArticles", s.cleanArticles());
    setup.put("cleanLines", s.cleanLines());
    setup.put("cleanSentences", s.cleanSentences());
    setup.put("damagedVersions", s.damagedVersions());
    setup.put("unchangedVersionsLeftOut", s.unchanged());
    put(setup, "sentenceDamaged", s.damagedSentence());
    put(setup, "cleanAtLeast", s.cleanAtLeast());
    put(setup, "garbledBelow", s.garbledBelow());
    ArrayNode groups = root.putArray("groups");
    for (Evaluation.Group g : r.groups()) {
      ObjectNode o = groups.addObject();
      o.put("generator", g.generator());
      o.put("split", g.split());
      ObjectNode verdicts = level(o.putObject("articles"), g.articles()).putObject("verdicts");
      for (Verdict v : Verdict.values()) {
        verdicts.put(v.id(), g.verdicts().getOrDefault(v, 0));
      }
      ObjectNode paragraphs = level(o.putObject("paragraphs"), g.paragraphs());
      put(paragraphs, "spillover", g.spillover());
      put(paragraphs, "localisation", g.localisation());
      level(o.putObject("sentences"), g.sentences());
    }
    ArrayNode cats = root.putArray("categories");
    for (Evaluation.CategoryRow c : r.categories()) {
      ObjectNode o = cats.addObject();
      o.put("category", c.category().id());
      put(o, "clean", c.clean());
      ObjectNode rec = o.putObject("recall");
      c.recall().forEach((g, v) -> put(rec, g, v));
    }
    ArrayNode rules = root.putArray("rules");
    for (Evaluation.RuleRow row : r.rules()) {
      ObjectNode o = rules.addObject();
      o.put("rule", row.rule());
      o.put("category", row.category().id());
      o.put("cleanCount", row.cleanCount());
      put(o, "cleanPer1000", row.cleanRate());
      ObjectNode d = o.putObject("damaged");
      for (String g : row.damagedCount().keySet()) {
        ObjectNode x = d.putObject(g);
        x.put("count", row.damagedCount().get(g));
        put(x, "per1000", row.damagedRate().get(g));
      }
    }
    return root;
  }

  private static ObjectNode level(ObjectNode o, Level l) {
    o.put("positives", l.positives());
    o.put("negatives", l.negatives());
    put(o, "auc", l.auc());
    Confusion c = l.atThreshold();
    o.put("tp", c.tp());
    o.put("fp", c.fp());
    o.put("tn", c.tn());
    o.put("fn", c.fn());
    put(o, "precision", c.precision());
    put(o, "recall", c.recall());
    put(o, "f1", c.f1());
    put(o, "fpr", c.falsePositiveRate());
    put(o, "recallAt1PctFpr", l.atOnePercent().recall());
    put(o, "fprAt1PctFpr", l.atOnePercent().fpr());
    double t = l.atOnePercent().threshold();
    if (Double.isInfinite(t)) {
      o.putNull("thresholdAt1PctFpr");
    } else {
      put(o, "thresholdAt1PctFpr", t);
    }
    return o;
  }

  static void put(ObjectNode o, String key, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      o.putNull(key);
    } else {
      o.put(key, Math.round(v * 10000) / 10000.0);
    }
  }
}
