package org.sourcedtimeline.io.imports;

import org.sourcedtimeline.model.PartialDate;

/**
 * A date the article gives, as UTF-16 indices, resolved against the publication date where it can be
 * ({@code date} null where it cannot: « jeudi » in an article known only to the month), and how.
 */
public record DateMention(int start, int end, String words, PartialDate date, String reason) {}
