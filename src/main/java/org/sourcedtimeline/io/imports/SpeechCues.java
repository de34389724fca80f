package org.sourcedtimeline.io.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The French words that tell who speaks: verbs of saying in their press forms (« a déclaré »,
 * « a-t-il ajouté », « affirmant », « a qualifié … de »), « selon X » and « d’après X », a colon
 * that introduces the words. On folded text.
 */
final class SpeechCues {
    private static final String STEMS = "declar|dit|dis|dire|affirm|soulign|ajout|estim|expliqu|indiqu|precis|repon|lanc|assur|avert|preven|insist"
            + "|martel|accus|denonc|qualifi|rappel|poursui|conclu|not|reconn|jug|promi|promet|demand|exhort|appel|ecri|confi|annonc|assen"
            + "|tranch|fait valoir|souten|soutien|observ|constat|commente|deplor|regrett|critiqu|temoign|pens|croi|ironis|prevenu|reagi|declare";
    /** An adverb between the auxiliary and the participle: « a de nouveau souligné », « a-t-il ensuite ajouté ». */
    private static final String ADVERB = "(?:\\s+(?:de nouveau|egalement|aussi|encore|ensuite|enfin|deja|notamment|plus tard|alors|pourtant|toutefois"
            + "|cependant|sechement|fermement|clairement|publiquement|immediatement|rapidement|seulement|simplement|ainsi|meme|bien|souvent|longtemps))?";
    /** A verb of saying: an auxiliary form (« a déclaré », « a-t-il dit »), a present, a participle (« affirmant »). */
    private static final Pattern VERB = Pattern.compile(
            "\\b(a|ont|avait|avaient|aurait|auraient|va|vont)(-t-(il|elle|ils|elles)|-(il|elle|ils|elles))?" + ADVERB + "\\s+(" + STEMS + ")\\p{L}*"
                    + "|\\b(" + STEMS + ")(e|ent|ait|aient|ant|era|eront)?(-t-(il|elle)|-(il|elle|ils|elles))?\\b"
                    + "|\\bselon\\b|\\bd'apres\\b|\\bpour (qui|lui|elle)\\b");
    private static final Pattern PRONOUN = Pattern.compile("-t-(il|elle)\\b|-(il|elle|ils|elles)\\b|\\b(il|elle|ils|elles)\\s+(a|ont|avait|aurait|va|estime|affirme|dit|declare|ajoute|assure|explique)\\b|\\bselon (lui|elle)\\b");

    private SpeechCues() {}

    /** The first verb of saying in the region, or null. */
    static Matcher verb(String folded, int from, int to) {
        Matcher m = VERB.matcher(folded).region(from, Math.max(from, to));
        return m.find() ? m : null;
    }

    /** The first pronoun that stands for the speaker (« a-t-il ajouté », « il a déclaré », « selon lui »), or null. */
    static Matcher pronoun(String folded, int from, int to) {
        Matcher m = PRONOUN.matcher(folded).region(from, Math.max(from, to));
        return m.find() ? m : null;
    }

    /** Whether the words just before {@code at} end with a colon (« Blinken a déclaré : « … »). */
    static boolean colonBefore(String folded, int at) {
        int i = at - 1;
        while (i >= 0 && (QuotedSpans.isSpace(folded.charAt(i)) || folded.charAt(i) == ' ')) i--;
        return i >= 0 && folded.charAt(i) == ':';
    }
}
