package org.sourcedtimeline.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.TimelineModel;

/**
 * The citation a journalist pastes: « exact words » — Speaker, office, Outlet, “Title”, date,
 * characters start–end. The words are the article's exact characters, never the tidied display form.
 */
public final class Citations {
    private Citations() {}

    /**
     * @param charactersWord the UI language's word for "characters" (offsets are code points, end exclusive)
     * @param unnamedSpeaker used when the article names no speaker and gives no label
     */
    public static String cite(Quote q, TimelineModel model, Locale locale, String charactersWord, String unnamedSpeaker) {
        List<String> parts = new ArrayList<>();
        Actor a = model.actor(q.speakerId()).orElse(null);
        if (a != null) {
            parts.add(a.name(locale.getLanguage()));
            String role = a.role(locale.getLanguage());
            if (role != null && !role.isBlank()) parts.add(role);
        } else {
            parts.add(q.speakerLabel() != null && !q.speakerLabel().isBlank() ? q.speakerLabel() : unnamedSpeaker);
        }
        Source s = model.source(q.sourceId()).orElse(null);
        if (s != null) parts.add(article(s, locale));
        parts.add(charactersWord + " " + q.selector().start() + "\u2013" + q.selector().end());
        return "\u00AB\u00A0" + q.text() + "\u00A0\u00BB \u2014 " + String.join(", ", parts);
    }

    /**
     * An article as a citation names it: "Outlet, “Title”, date", the outlet and the date where the
     * model has them. The one form the window, the exports and the image captions all use.
     */
    public static String article(Source s, Locale locale) {
        List<String> parts = new ArrayList<>(3);
        if (s.outlet() != null && !s.outlet().isBlank()) parts.add(s.outlet());
        parts.add("\u201C" + s.title() + "\u201D");
        if (s.published() != null && s.published().date() != null) parts.add(Formats.date(s.published().date(), locale));
        return String.join(", ", parts);
    }
}
