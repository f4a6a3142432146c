package org.garblecheck.detect.translationese;

import static org.garblecheck.testing.Spans.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.garblecheck.model.Article;
import org.garblecheck.model.Category;
import org.garblecheck.testing.Spans;
import org.junit.jupiter.api.Test;

class PersonFlipPassTest {
  private static final String ID = PersonFlipPass.RULE_ID;

  @Test
  void flagsEachFlippedPronounInAThirdPersonStory() {
    String text = "The striker scored twice on Saturday. \"I just wanted to win,\" he said.\n"
        + "After the match the coach said I had picked the wrong players and that my tactics had failed.";
    assertEquals(List.of(at(text, "I", 1), at(text, "my", 0)), Spans.of(ID, text));
  }

  @Test
  void reportedSpeechRunningIntoAQuotationIsStillReported() {
    String text = "The seamstress, 67, has voted twice. \"I don't care,\" she said.\n"
        + "She said I had voted for the party and was \"thinking about it\" this time.\n"
        + "We need to \"start again from scratch,\" the mayor said.";
    assertEquals(List.of(at(text, "I", 1)), Spans.of(ID, text));
  }

  @Test
  void reportsUnderThePersonCategory() {
    String text = "\"We will appeal,\" the union said. The union later said we would accept the offer.";
    assertEquals(List.of(at(text, "we", 0)), Spans.of(ID, text));
    assertEquals(List.of(Category.PERSON),
        Spans.findings(ID, Article.of("t", "", text)).stream().map(f -> f.category()).toList());
  }

  @Test
  void aQuoteCarriedOverParagraphsStaysQuoted() {
    String reopened = "The mayor spoke for an hour.\n\n\"We have waited too long for this bridge.\n\n"
        + "\"I promised it in 2019 and I kept my word,\" she said.";
    assertTrue(Spans.of(ID, reopened).isEmpty());
    String closedOnly = "The mayor spoke for an hour. \"I am proud,\" she said.\n\n\"We have waited too long.\n\n"
        + "I promised it in 2019,\" she said.";
    assertTrue(Spans.of(ID, closedOnly).isEmpty(), "a paragraph whose first mark closes continues a quote");
  }

  @Test
  void aQuoteLeftOpenEndsWithItsParagraph() {
    String text = "\"I will not resign,\" the minister said.\n\n\"The budget is fair, she added.\n\n"
        + "Later that day she said I would present the plan in May.";
    assertEquals(List.of(at(text, "I", 1)), Spans.of(ID, text));
  }

  @Test
  void curlyAndSingleQuotesCount() {
    String text = "“I am staying,” the coach said. ‘We are ready,’ the captain said. "
        + "'My knee is fine,' the goalkeeper said. The players' coach was not there.";
    assertTrue(Spans.of(ID, text).isEmpty());
  }

  @Test
  void interviewsAndDialoguesAreNotChecked() {
    String qa = "The novelist talked to us about her new book.\nQ: Where did you write it?\n"
        + "A: I wrote most of it in my kitchen.\nQ: And the ending?\nA: We argued about it for months.";
    assertTrue(Spans.of(ID, qa).isEmpty());
    String questions = "The novelist talked about her new book.\nWhere did you write it?\n"
        + "I wrote most of it in my kitchen. My husband read every page.\nHow long did it take?\n"
        + "Four years. I almost gave up twice.";
    assertTrue(Spans.of(ID, questions).isEmpty());
    String speakers = "Smith: I think the vote was fair.\nJones: I do not agree with my colleague.\n"
        + "Smith: We will see in May.\nJones: We will.";
    assertTrue(Spans.of(ID, speakers).isEmpty());
  }

  @Test
  void textsWrittenInTheFirstPersonAreNotChecked() {
    String column = "I have lived in this town for thirty years. \"I never go out,\" my neighbour says. "
        + "I used to agree with him. Then I saw the new library. My children go there every day. "
        + "We borrow more books than we can carry. I was wrong, and I am happy to say so.";
    assertTrue(Spans.of(ID, column).isEmpty());
    String paper = "This paper studies rainfall in the Sahel. We use station data from 1950 to 2010. "
        + "The data show a dry period in the 1980s.";
    assertTrue(Spans.of(ID, paper).isEmpty(), "no first person in quotes: the author's own voice");
  }

  @Test
  void speechIntroducedByAColonOrInBracketsIsQuoted() {
    String text = "\"I know the risks,\" the pilot said. Asked about the storm, she replied: I have flown "
        + "through worse.\n(I am not afraid of the weather.)";
    assertTrue(Spans.of(ID, text).isEmpty());
  }

  @Test
  void pullQuotesWithTheirAttributionAreQuoted() {
    String text = "\"I was told to wait,\" the nurse said of her first week.\n"
        + "I was told to wait outside for three hours. Maria Lopez\n"
        + "The hospital has since changed its rules.\n"
        + "I was told to wait outside for three hours. The rules changed in May.";
    assertTrue(Spans.of(ID, text).isEmpty());
  }

  @Test
  void newsroomVoiceNumeralsAndNamesAreNotFlips() {
    String text = "\"I was there,\" the veteran said. As we reported on Monday, the museum shows medals "
        + "from World War I. Our correspondent visited it. The show moved from the US to Me Too Hall.\n"
        + "Contact us with your memories. Some rooms (i.e. the new wing) stay closed.";
    assertTrue(Spans.of(ID, text).isEmpty());
  }

  @Test
  void theHeadlineIsNotChecked() {
    String text = "Why I quit the party, by a former mayor\n\"I had no choice,\" the former mayor said.\n"
        + "He left the party in March.";
    assertTrue(Spans.of(ID, text).isEmpty());
  }

  @Test
  void aStoryQuotingNobodyInTheFirstPersonIsCheckedForIndirectSpeech() {
    String text = "The council approved the budget on Tuesday.\n"
        + "The mayor told reporters that I think the budget protects the residents.\n"
        + "Her deputy stressed that we will cut the waiting lists, and the opposition said that my plan was "
        + "too timid. The accountant denied the charges, saying that I did not take any money.";
    assertEquals(List.of(at(text, "I", 0), at(text, "we", 0), at(text, "my", 0), at(text, "I", 1)),
        Spans.of(ID, text));
  }

  @Test
  void everyPronounOfAChainOfReportedSpeechIsFlagged() {
    StringBuilder text = new StringBuilder("The council met on Tuesday.\nThe mayor said that I");
    for (int i = 0; i < 40; i++) {
      text.append(" said that I");
    }
    text.append(" would go.");
    assertEquals(41, Spans.of(ID, text.toString()).size());
  }

  @Test
  void indirectSpeechInTheAuthorsOwnVoiceIsNotAFlip() {
    String memoir = "My doctor told me that I had to rest. The hospital said that we could go home.";
    assertTrue(Spans.of(ID, memoir).isEmpty(), "first person before the reporting verb");
    String essay = "I moved here in May. The landlord said that we could keep the cat.";
    assertTrue(Spans.of(ID, essay).isEmpty(), "the author speaks in the first person elsewhere");
    String plain = "The mayor said that the budget is fair. She thinks that I is a letter.";
    assertTrue(Spans.of(ID, plain).isEmpty(), "no reporting verb before that");
  }

  @Test
  void oneSentenceOfFirstPersonInALongStoryDoesNotMakeItTheAuthorsVoice() {
    StringBuilder text = new StringBuilder("The council approved the budget on Tuesday.\n");
    for (int i = 1; i <= 10; i++) {
      text.append("Item ").append(i).append(" of the budget was passed without a vote.\n");
    }
    text.append("I will vote for him next time.\nThe mayor told reporters that we will cut the waiting lists.");
    String story = text.toString();
    assertEquals(List.of(at(story, "we", 0)), Spans.of(ID, story));
    assertTrue(PersonFlipPass.isOwnVoice(3, 60), "three sentences");
    assertTrue(PersonFlipPass.isOwnVoice(1, 10), "a tenth of the narration");
    assertFalse(PersonFlipPass.isOwnVoice(1, 11));
  }

  @Test
  void speechWhoseQuotationMarksAreMissingGivesTheContrast() {
    String text = "The council approved the budget on Tuesday. We will cut the waiting lists, the mayor said.\n"
        + "Later she said I would present the plan in May.";
    assertEquals(List.of(at(text, "I", 0)), Spans.of(ID, text));
    String own = "We will cut the waiting lists, we said in May. Later the mayor said I was wrong.";
    assertTrue(Spans.of(ID, own).isEmpty(), "a first-person attribution is the author's voice");
  }

  @Test
  void decisionRule() {
    assertFalse(PersonFlipPass.isFirstPersonText(3, 1, 1, 20), "one flip among quoted first person");
    assertTrue(PersonFlipPass.isFirstPersonText(0, 1, 1, 20), "no first person in quotes at all");
    assertTrue(PersonFlipPass.isFirstPersonText(1, 6, 5, 20), "first person in a quarter of the narration");
    assertFalse(PersonFlipPass.isFirstPersonText(1, 3, 3, 60), "three flips in a long story");
    assertFalse(PersonFlipPass.isFirstPersonText(8, 5, 5, 20), "more first person inside quotes than outside");
  }
}
