package org.sourcedtimeline.model;

import java.util.List;

/** What one side says happened at an event, with the quotes and passages that back it. */
public record Account(String side, String teller, String summary, List<String> quoteIds, List<SourceSpan> spans) {
    public Account {
        quoteIds = List.copyOf(quoteIds);
        spans = List.copyOf(spans);
    }
}
