package org.sourcedtimeline.io.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcedtimeline.model.Actor;

/**
 * Where an article names the model's actors: by name (any of its languages' spellings, the surname
 * alone when it starts with a capital), or by office and country (« le chef de la diplomatie russe »
 * is the one Russian foreign minister among the actors); and the speakers it leaves unnamed
 * (« un responsable américain », « des diplomates »).
 */
final class ActorMentions {
    /** An unnamed speaker: an indefinite article, a function, and optionally a qualifier after it. */
    private static final Pattern UNNAMED = Pattern.compile(
            "\\b(un|une|des|deux|plusieurs|certains|un haut|une haute|de hauts)\\s+(haut\\s+|haute\\s+|hauts\\s+)?"
                    + "(responsables?|diplomates?|fonctionnaires?|officiels?|sources?|porte-parole|conseillers?|membres? de la delegation|negociateurs?|analystes?|observateurs?)"
                    + "((\\s+(americain|americaine|americains|russe|russes|occidental|occidentaux|europeen|europeens|ukrainien|ukrainiens|allemand|francais|chinois|proches? du dossier|gouvernementa(l|ux)|du departement d'etat|du kremlin))*)");

    private record Name(String actorId, String folded, boolean surname) {}

    private final List<Actor> actors;
    private final List<Name> names = new ArrayList<>();

    ActorMentions(List<Actor> actors) {
        this.actors = List.copyOf(actors);
        for (Actor a : actors) {
            Set<String> spellings = new LinkedHashSet<>();
            for (String lang : List.of("fr", "en")) spellings.add(a.name(lang));
            spellings.add(a.name());
            for (String s : List.copyOf(spellings)) {
                // « Sergueï Riabkov (Sergey Ryabkov) »: each spelling on its own.
                Matcher m = Pattern.compile("\\(([^)]*)\\)").matcher(s);
                if (m.find()) {
                    spellings.add(m.group(1).strip());
                    spellings.add(s.substring(0, m.start()).strip());
                    spellings.remove(s);
                }
            }
            for (String s : spellings) {
                String f = TextFold.foldWords(s);
                names.add(new Name(a.id(), f, false));
                String[] words = f.split("\\s+");
                // An institution also by its name's head: « le département d’État » for « Département d’État des États-Unis ».
                if (isInstitution(a)) {
                    int q = f.indexOf(" des ");
                    if (q < 0) q = f.indexOf(" de ");
                    if (q > 0 && f.substring(0, q).split("\\s+").length >= 2) names.add(new Name(a.id(), f.substring(0, q), false));
                }
                // A person's surname alone; an institution (« Délégation russe ») only by its whole name.
                if (words.length >= 2 && !isInstitution(a)) {
                    String last = words[words.length - 1];
                    if (last.length() >= 4) names.add(new Name(a.id(), last, true));
                }
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> -n.folded.length()));
    }

    private static boolean isInstitution(Actor a) {
        String r = TextFold.foldWords(a.role());
        return r.contains("institution") || r.startsWith("ministere") || r.startsWith("departement") || r.startsWith("delegation");
    }

    /** Every mention in {@code [from, to)} of the article, in reading order. */
    List<Mention> in(String text, String folded, int from, int to) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[to - from];
        // Offices first: « la porte-parole du ministère russe des Affaires étrangères » is a person, not the ministry it names.
        offices(text, folded, from, to, taken, out);
        for (Name n : names) {
            for (int i = folded.indexOf(n.folded, from); i >= 0 && i + n.folded.length() <= to; i = folded.indexOf(n.folded, i + 1)) {
                int end = i + n.folded.length();
                if (!wordBounded(folded, i, end) || anyTaken(taken, i - from, end - from)) continue;
                if (n.surname && !Character.isUpperCase(text.charAt(i))) continue;
                mark(taken, i - from, end - from);
                out.add(new Mention(i, end, n.actorId, null, n.surname ? "surname" : "name"));
            }
        }
        Matcher m = UNNAMED.matcher(folded).region(from, to);
        while (m.find()) {
            if (anyTaken(taken, m.start() - from, m.end() - from)) continue;
            mark(taken, m.start() - from, m.end() - from);
            out.add(new Mention(m.start(), m.end(), null, text.substring(m.start(), m.end()), "unnamed"));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** « le secrétaire d’État américain », « la ministre allemande des Affaires étrangères », « le président russe ». */
    private void offices(String text, String folded, int from, int to, boolean[] taken, List<Mention> out) {
        int[] len = new int[1];
        for (int i = from; i < to; i++) {
            Office o = Office.at(folded, i, len);
            if (o == null || i + len[0] > to || anyTaken(taken, i - from, i + len[0] - from)) continue;
            // The country's word within a few words around the office (« la ministre allemande des Affaires étrangères »).
            int wFrom = Math.max(from, i - 25);
            int wTo = Math.min(to, i + len[0] + 45);
            String around = folded.substring(wFrom, wTo);
            Actor match = null;
            int matches = 0;
            int countryEnd = -1;
            for (Actor a : actors) {
                if (Office.ofRole(a.role()) != o) continue;
                String country = Countries.key(a.affiliation());
                int says = -1;
                for (String w : Countries.words(country)) says = Math.max(says, wordEnd(around, w));
                if (says >= 0) {
                    if (match == null || !match.id().equals(a.id())) matches++;
                    match = a;
                    countryEnd = wFrom + says;
                }
            }
            if (matches == 1) {
                int end = i + len[0];
                // The whole title is the person's: « du ministère russe des Affaires étrangères » after « porte-parole » too.
                mark(taken, i - from, Math.max(end, countryEnd) - from);
                out.add(new Mention(i, end, match.id(), null, "office: " + text.substring(i, end)));
                i = end;
            }
        }
    }

    /** Where the word ends in {@code s}, the first time it stands as a word; -1 if it does not. */
    private static int wordEnd(String s, String w) {
        for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) if (wordBounded(s, i, i + w.length())) return i + w.length();
        return -1;
    }

    static boolean wordBounded(String s, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1))) && (end >= s.length() || !Character.isLetterOrDigit(s.charAt(end)));
    }

    private static boolean anyTaken(boolean[] t, int a, int b) {
        for (int i = Math.max(0, a); i < Math.min(t.length, b); i++) if (t[i]) return true;
        return false;
    }

    private static void mark(boolean[] t, int a, int b) {
        for (int i = Math.max(0, a); i < Math.min(t.length, b); i++) t[i] = true;
    }
}
