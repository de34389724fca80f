package org.sourcedtimeline.model;

import java.util.List;

/** What one side says happened at an event, with the quotes and passages that back it. */
public record Account(String side, String teller, String summary, List<String> quoteIds, List<SourceSpan> spans,
                      Translations translations) {
    public Account {
        quoteIds = List.copyOf(quoteIds);
        spans = List.copyOf(spans);
        translations = translations == null ? Translations.NONE : translations;
    }

    public Account(String side, String teller, String summary, List<String> quoteIds, List<SourceSpan> spans) {
        this(side, teller, summary, quoteIds, spans, Translations.NONE);
    }

    public String summary(String language) { return translations.get(language, "summary", summary); }
}
