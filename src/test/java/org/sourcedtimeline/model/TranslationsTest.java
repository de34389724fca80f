package org.sourcedtimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranslationsTest {
    private static final Translations EN = new Translations(Map.of("en", Map.of("title", "Geneva talks", "place", "Geneva")));

    @Test
    void aLanguageWithAVersionGivesIt() {
        assertEquals("Geneva talks", EN.get("en", "title", "Entretiens de Genève"));
    }

    @Test
    void anyOtherAsksGiveTheTextAsWritten() {
        assertEquals("Entretiens de Genève", EN.get("fr", "title", "Entretiens de Genève"), "no French version: as written");
        assertEquals("la Suisse", EN.get("en", "country", "la Suisse"), "no English version of this field");
        assertNull(EN.get("en", "duration", null), "nothing written, nothing invented");
    }

    @Test
    void anEventsPlaceTranslatesWithIt() {
        Event e = new Event("g", "Entretiens de Genève", PartialDate.ofDay(2022, 1, 21), null,
                new Place("Genève", "Suisse", null, null), EventKind.BILATERAL_MEETING, List.of(), "r", null, List.of(), List.of(), EN);
        assertEquals("Geneva", e.placeName("en"));
        assertEquals("Genève", e.placeName("fr"));
        assertEquals("Suisse", e.country("en"));
    }

    @Test
    void theOrderOfTheFieldsIsKeptForWriting() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : List.of("title", "summary", "place", "country", "duration")) fields.put(f, f.toUpperCase());
        Translations t = new Translations(Map.of("en", fields));
        assertEquals(List.of("title", "summary", "place", "country", "duration"), List.copyOf(t.byLanguage().get("en").keySet()));
    }
}
