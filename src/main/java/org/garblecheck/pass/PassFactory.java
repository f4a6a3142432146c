package org.garblecheck.pass;

import java.io.IOException;
import org.garblecheck.rule.RuleBook;
import org.languagetool.JLanguageTool;

/** Creates a pass for one worker thread, from that thread's LanguageTool and the shared rule book. */
@FunctionalInterface
public interface PassFactory {
  Pass create(JLanguageTool languageTool, RuleBook rules) throws IOException;
}
