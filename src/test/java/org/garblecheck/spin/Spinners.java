package org.garblecheck.spin;

import org.garblecheck.testing.Checkers;

/** One {@link Spinner} for the spin tests: WordNet takes seconds to load. */
final class Spinners {
  private static Spinner shared;
  private static Thesaurus thesaurus;

  private Spinners() {}

  static synchronized Spinner shared() {
    if (shared == null) {
      thesaurus = Thesaurus.wordNet();
      shared = new Spinner(Checkers.shared(), thesaurus,
          new Inflector(org.languagetool.Languages.getLanguageForShortCode("en-US").getSynthesizer()));
    }
    return shared;
  }

  static synchronized Thesaurus thesaurus() {
    shared();
    return thesaurus;
  }
}
