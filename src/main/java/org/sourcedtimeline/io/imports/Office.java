package org.sourcedtimeline.io.imports;

import java.util.List;

/**
 * The kind of office a person holds, as French names it in the press: the words for it, and how an
 * actor's curated role says it. « Le chef de la diplomatie russe » and « le secrétaire d’État
 * américain » are both a foreign minister: which one is told by the country's word beside it.
 */
enum Office {
    DEPUTY_FOREIGN_MINISTER(List.of("vice-ministre des affaires etrangeres", "vice-ministre", "ministre adjoint des affaires etrangeres")),
    SPOKESPERSON(List.of("porte-parole de la diplomatie", "porte-parole du ministere", "porte-parole")),
    FOREIGN_MINISTER(List.of("secretaire d'etat", "chef de la diplomatie", "ministre des affaires etrangeres", "cheffe de la diplomatie",
            "ministre federale des affaires etrangeres", "ministre federal des affaires etrangeres")),
    TREASURY(List.of("secretaire au tresor", "ministre des finances")),
    HEAD_OF_GOVERNMENT(List.of("chanceliere", "chancelier", "premier ministre", "premiere ministre")),
    HEAD_OF_STATE(List.of("president", "presidente", "chef de l'etat", "chef du kremlin", "locataire de la maison blanche")),
    /** The ministry itself, speaking as an institution: « la diplomatie russe », « le département d’État ». */
    FOREIGN_MINISTRY(List.of("diplomatie", "ministere des affaires etrangeres", "departement d'etat", "quai d'orsay"));

    final List<String> phrases;
    private static final java.util.regex.Pattern MINISTER_OF = java.util.regex.Pattern.compile(
            "(vice-)?ministre(?:\\s+(?:federale?|adjointe?))?\\s+\\p{L}+\\s+des affaires etrangeres");

    Office(List<String> phrases) {
        this.phrases = phrases;
    }

    /**
     * The office a curated role describes, or null (an institution, a delegation, a private person).
     * Checked in the enum's order, so a deputy is not taken for the minister.
     */
    static Office ofRole(String role) {
        String r = TextFold.foldWords(role);
        boolean institution = r.contains("institution") || r.startsWith("ministere") || r.startsWith("departement") || r.startsWith("delegation");
        if (institution) return r.contains("affaires etrangeres") ? FOREIGN_MINISTRY : null;
        if (r.contains("vice-ministre") || r.contains("ministre adjoint")) return DEPUTY_FOREIGN_MINISTER;
        if (r.contains("porte-parole")) return SPOKESPERSON;
        if (r.contains("affaires etrangeres") || r.contains("secretaire d'etat")) return FOREIGN_MINISTER;
        if (r.contains("tresor") || r.contains("finances")) return TREASURY;
        if (r.contains("chancel") || r.contains("premier ministre")) return HEAD_OF_GOVERNMENT;
        if (r.startsWith("president") && !r.contains("elu")) return HEAD_OF_STATE;
        return null;
    }

    /**
     * The office a phrase at {@code at} of the folded text names, the longest phrase first; null if none.
     * The phrase must start a word.
     */
    static Office at(String folded, int at, int[] length) {
        if (at > 0 && (Character.isLetter(folded.charAt(at - 1)) || folded.charAt(at - 1) == '-')) return null;
        Office best = null;
        int bestLen = 0;
        // « le ministre russe des Affaires étrangères »: the country's word inside the title.
        java.util.regex.Matcher inside = MINISTER_OF.matcher(folded).region(at, folded.length());
        if (inside.lookingAt()) {
            best = inside.group(1) != null ? DEPUTY_FOREIGN_MINISTER : FOREIGN_MINISTER;
            bestLen = inside.end() - at;
        }
        for (Office o : values()) {
            for (String p : o.phrases) {
                if (p.length() > bestLen && folded.startsWith(p, at)) {
                    best = o;
                    bestLen = p.length();
                }
            }
        }
        // « vice-ministre » also starts with a word of « ministre … »; « président » may be « présidence ».
        if (best != null && at + bestLen < folded.length() && Character.isLetter(folded.charAt(at + bestLen))) return null;
        length[0] = bestLen;
        return best;
    }
}
