package org.garblecheck.spin;

import org.garblecheck.model.TextSpan;

/**
 * One change the spinner made.
 *
 * @param span where the replaced text was in the original (UTF-16 offsets)
 * @param original the replaced text
 * @param replacement what it became
 * @param contentWords how many content words this replaced (0 for an article "a"/"an" adjusted to the
 *     word after it)
 */
public record Replacement(TextSpan span, String original, String replacement, int contentWords) {}
