package org.sourcedtimeline.io;

import java.util.Map;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.TimelineModel;

/** A model that passed validation, with the text of each of its articles (by source id). */
public record LoadedModel(TimelineModel model, Map<String, ArticleText> articles, String origin) {
    public LoadedModel {
        articles = Map.copyOf(articles);
    }

    public ArticleText article(String sourceId) { return articles.get(sourceId); }
}
