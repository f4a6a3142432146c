package org.garblecheck.model;

/**
 * How damaged one sentence looks: overall and per axis, each in [0, 1].
 */
public record SentenceScore(Sentence sentence, double damage, double mt, double spin) {}
