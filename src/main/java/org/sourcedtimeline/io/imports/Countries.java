package org.sourcedtimeline.io.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words French uses for a country in a title (« le ministre russe », « le secrétaire d’État
 * américain », « de la Fédération de Russie »), folded, keyed by the country's English name as the
 * curation's {@code affiliation} gives it. General knowledge of the language, nothing from one article.
 */
final class Countries {
    private static final Map<String, List<String>> WORDS = Map.ofEntries(
            Map.entry("united states", List.of("americain", "americaine", "americains", "americaines", "etats-unis", "etats unis", "washington", "maison blanche")),
            Map.entry("russia", List.of("russe", "russes", "russie", "moscou", "kremlin", "federation de russie")),
            Map.entry("germany", List.of("allemand", "allemande", "allemands", "allemagne", "berlin")),
            Map.entry("china", List.of("chinois", "chinoise", "chine", "pekin", "republique populaire de chine")),
            Map.entry("ukraine", List.of("ukrainien", "ukrainienne", "ukrainiens", "ukraine", "kiev", "kyiv")),
            Map.entry("france", List.of("francais", "francaise", "france", "paris", "elysee", "quai d'orsay")),
            Map.entry("united kingdom", List.of("britannique", "britanniques", "royaume-uni", "londres")),
            Map.entry("india", List.of("indien", "indienne", "inde", "new delhi")),
            Map.entry("turkey", List.of("turc", "turque", "turquie", "ankara")),
            Map.entry("european union", List.of("europeen", "europeenne", "union europeenne", "bruxelles")),
            Map.entry("nato", List.of("otan", "alliance atlantique")),
            Map.entry("japan", List.of("japonais", "japonaise", "japon", "tokyo")),
            Map.entry("poland", List.of("polonais", "polonaise", "pologne", "varsovie")),
            Map.entry("belarus", List.of("belarusse", "bielorusse", "belarus", "bielorussie", "minsk")),
            Map.entry("italy", List.of("italien", "italienne", "italie", "rome")),
            Map.entry("canada", List.of("canadien", "canadienne", "canada", "ottawa")),
            Map.entry("netherlands", List.of("neerlandais", "neerlandaise", "pays-bas", "la haye")));

    /** French affiliation names (from the curation's translations) to the English keys above. */
    private static final Map<String, String> FRENCH = Map.ofEntries(
            Map.entry("etats-unis", "united states"), Map.entry("russie", "russia"), Map.entry("allemagne", "germany"),
            Map.entry("chine", "china"), Map.entry("royaume-uni", "united kingdom"), Map.entry("inde", "india"),
            Map.entry("turquie", "turkey"), Map.entry("union europeenne", "european union"), Map.entry("otan", "nato"),
            Map.entry("japon", "japan"), Map.entry("pologne", "poland"), Map.entry("italie", "italy"), Map.entry("pays-bas", "netherlands"));

    private Countries() {}

    /** The country key of an affiliation, in English or French; the folded affiliation itself when unknown. */
    static String key(String affiliation) {
        String f = TextFold.foldWords(affiliation);
        if (WORDS.containsKey(f)) return f;
        return FRENCH.getOrDefault(f, f);
    }

    /** The words that name the country in a title; just its own name when it is not in the table. */
    static List<String> words(String key) {
        return WORDS.getOrDefault(key, List.of(key));
    }

    static Set<String> keys() { return WORDS.keySet(); }
}
