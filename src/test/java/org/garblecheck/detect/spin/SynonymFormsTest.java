package org.garblecheck.detect.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.languagetool.Languages;
import org.junit.jupiter.api.Test;

class SynonymFormsTest {
  private final SynonymForms forms =
      new SynonymForms(Languages.getLanguageForShortCode("en-US").getSynthesizer());

  @Test
  void inflectsALemmaForTheTagOfTheWordItWouldReplace() {
    assertEquals(List.of("talks"), forms.of("talk", "NNS"));
    assertEquals(List.of("conferred"), forms.inflected("confer", "VBD"));
    assertEquals(List.of("peace talks"), forms.of("peace talk", "NNS"));
    assertEquals(List.of("engaged"), forms.inflected("engaged", "JJ"));
  }

  @Test
  void aFormTheSynthesizerDoesNotKnowIsNoCandidateForASuggestion() {
    // no superlative of "engaged": the bare lemma would not fit where "busiest" stands
    assertEquals(List.of(), forms.inflected("engaged", "JJS"));
    // the spin model's features keep the lemma, as the model was trained with it
    assertEquals(List.of("engaged"), forms.of("engaged", "JJS"));
  }
}
