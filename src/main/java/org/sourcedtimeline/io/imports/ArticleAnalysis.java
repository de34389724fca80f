package org.sourcedtimeline.io.imports;

import java.util.List;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.PartialDate;

/**
 * What the analyser read in one article: its quotations (each a suggestion a person accepts, rejects
 * or corrects), its boilerplate, its dates and its places. {@code published} is the date the dates
 * were resolved against: given by the user ({@code publishedFrom} null), read from the article's own
 * date line ({@code publishedFrom} says which), or null.
 */
public record ArticleAnalysis(String file, ArticleText article, PartialDate published, String publishedFrom, String mainEventId, String mainEventReason,
                              List<QuoteSuggestion> quotes, List<BoilerplateSuggestion> boilerplate, List<DateMention> dates,
                              List<PlaceMention> places) {
    public ArticleAnalysis {
        quotes = List.copyOf(quotes);
        boilerplate = List.copyOf(boilerplate);
        dates = List.copyOf(dates);
        places = List.copyOf(places);
    }
}
