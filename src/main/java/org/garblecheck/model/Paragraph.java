package org.garblecheck.model;

/** A paragraph: a block of text between blank lines (or a line, in one-paragraph-per-line text). */
public record Paragraph(int index, TextSpan span) {}
