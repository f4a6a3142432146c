package org.garblecheck.detect.translationese;

import static org.garblecheck.testing.Spans.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.garblecheck.testing.Spans;
import org.junit.jupiter.api.Test;

class FragmentPassTest {
  private static final String ID = FragmentPass.RULE_ID;

  @Test
  void flagsTheVerbOfSentencesThatStartWithoutASubject() {
    String text = "The bank kept its rates in March. Is expected to raise them in June. "
        + "Will be discussed at the next meeting. Had two deputies. Did not comment. Said that the plan was safe.";
    assertEquals(List.of(at(text, "Is", 0), at(text, "Will", 0), at(text, "Had", 0), at(text, "Did", 0),
        at(text, "Said", 0)), Spans.of(ID, text));
  }

  @Test
  void flagsTheAuxiliaryAfterAnOpeningClauseWithoutSubject() {
    String text = "In 2010, was elected to the council. While the port was small, had ships from 40 countries. "
        + "Built in 1602, is the oldest mosque in the city.";
    assertEquals(List.of(at(text, "was", 0), at(text, "had", 0), at(text, "is", 0)), Spans.of(ID, text));
  }

  @Test
  void flagsTheLastVerbAfterAnOpeningParticipleClauseWithoutSubject() {
    String text = "The coach was asked about the defeat. Asked about it on Tuesday, smiled. "
        + "Raised in Accra, moved to Leeds in 1990. Asked about it, the coach smiled. "
        + "Founded in 1871, expanded in 1900, the port handles grain. In March, talks resumed. "
        + "Come and see the statue, erected in 1985.";
    assertEquals(List.of(at(text, "smiled", 0), at(text, "moved", 0)), Spans.of(ID, text));
  }

  @Test
  void questionsInversionsAndImperativesAreFine() {
    String text = "Is the bridge safe? Had the vote gone the other way, the mayor would have resigned. "
        + "Should the talks fail, the strike will begin. Do not expect a quick deal. "
        + "Were it not for the rain, the fire would have spread. Said the minister: \"We will not give in.\" "
        + "In 2010, was it really elected? Built in 1602, the mosque is the oldest in the city.";
    assertTrue(Spans.of(ID, text).isEmpty(), Spans.of(ID, text).toString());
  }

  @Test
  void linesThatAreNotProseAreSkipped() {
    String text = "Is expected to rise: what the markets say\nBy Ana Ruiz\nLISBON — Updated 14:05 GMT\n"
        + "Pictured: the harbour at dawn\nReporting by Ana Ruiz; editing by Tom Lee\n"
        + "The central bank kept its rates unchanged on Thursday.";
    assertTrue(Spans.of(ID, text).isEmpty(), Spans.of(ID, text).toString());
  }

  @Test
  void speechAndInterviewsAreSkipped() {
    String quoted = "Asked whether she would run again, the senator laughed. \"Could be. Will see.\"";
    assertTrue(Spans.of(ID, quoted).isEmpty());
    String interview = "Q: Will you run again?\nA: Could be. Depends on my family.\nQ: When will you decide?\n"
        + "A: Will decide in May.";
    assertTrue(Spans.of(ID, interview).isEmpty());
  }

  @Test
  void flagsAPastTenseVerbThatGoesOnWithoutItsSubject() {
    String text = "The minister left the building at noon. Told reporters at the gate. "
        + "Rarely spoke about that period in public. Is a bold idea, and mostly works. "
        + "Received the medal in 2003, and a stand was named after her. Said he had been told to leave.";
    assertEquals(List.of(at(text, "Told", 0), at(text, "spoke", 0), at(text, "Is", 0), at(text, "Received", 0),
        at(text, "Said", 0)), Spans.of(ID, text));
  }

  @Test
  void participleOpenersInversionsAndAgentsAreNotFragments() {
    String text = "Built by a Persian shah between 1656 and 1662. Completed in 2008 the trail is well marked. "
        + "Told of the decision, the mayor resigned. Then came the reply from the ministry. "
        + "Related studies have found little, but trends exist. Added the coach: \"We were lucky.\" "
        + "Also found in the valley is a rare tree. Numbered streets run east to west. "
        + "Is this the end of the line.";
    assertTrue(Spans.of(ID, text).isEmpty(), Spans.of(ID, text).toString());
  }
}
