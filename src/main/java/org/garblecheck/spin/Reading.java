package org.garblecheck.spin;

/**
 * What a word is taken to be in its sentence: its class, the Penn tag of its form and its lemma.
 *
 * @param tag the form: {@code NN}/{@code NNS}, {@code VB}/{@code VBZ}/{@code VBD}/{@code VBN}/{@code VBG},
 *     {@code JJ}/{@code JJR}/{@code JJS}, {@code RB}/{@code RBR}/{@code RBS}
 */
record Reading(WordClass wordClass, String tag, String lemma) {}
