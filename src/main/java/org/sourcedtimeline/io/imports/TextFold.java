package org.sourcedtimeline.io.imports;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;

/**
 * Text compared without case, accents or the kind of apostrophe: « Sergueï » and « Serguei »,
 * « d’État » and « d'Etat » are the same words. Keeps one character per character of the input (NFC
 * first, so a precomposed letter stays one), so an index in the folded text is an index in the text.
 */
final class TextFold {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private TextFold() {}

    /** The same length as {@code s} when {@code s} is in NFC (as the articles are read). */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(foldChar(c));
        }
        return out.toString();
    }

    static char foldChar(char c) {
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4') return '\'';
        if (c == '\u00A0' || c == '\u202F' || c == '\u2009') return ' ';
        if (c == '\u2010' || c == '\u2011' || c == '\u2013') return '-';
        if (c < 0x80) return Character.toLowerCase(c);
        if (Character.isSurrogate(c)) return c;
        String d = NFD.normalize(String.valueOf(c));
        char base = d.charAt(0);
        if (d.length() > 1 && Character.getType(d.charAt(1)) == Character.NON_SPACING_MARK) return Character.toLowerCase(base);
        if (c == 'œ' || c == 'Œ') return 'o';
        if (c == 'æ' || c == 'Æ') return 'a';
        return Character.toLowerCase(c);
    }

    /** Folded and NFC, for words that come from outside the article (names, roles). */
    static String foldWords(String s) {
        return fold(NFC.normalize(s)).toLowerCase(Locale.ROOT);
    }
}
