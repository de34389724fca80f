package org.sourcedtimeline.io.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lines of an article that are the web page's furniture, not its text: « Lire aussi » links,
 * comment forms, share and follow buttons, counters, author blurbs. Known by how such lines begin on
 * French and English sites, never by one article's words. UTF-16 line ranges.
 */
final class BoilerplateLines {
    record Line(int start, int end, String kind, String reason) {}

    /** Folded line beginnings, by the curation's kinds. */
    private static final Map<String, List<String>> STARTS = Map.of(
            "read-also", List.of("lire aussi", "a lire aussi", "lire egalement", "a lire egalement", "voir aussi", "lire la suite", "sur le meme sujet",
                    "read also", "read more", "related", "en savoir plus", "articles similaires", "vous aimerez aussi"),
            "comment-form", List.of("laisser un commentaire", "laisser une reponse", "laissez un commentaire", "leave a reply", "leave a comment",
                    "your email address will not be published", "votre adresse e-mail ne sera pas publiee", "votre adresse de messagerie ne sera pas publiee",
                    "les champs obligatoires", "required fields are marked", "save my name", "enregistrer mon nom", "post comment",
                    "publier le commentaire", "ajouter un commentaire", "commentaires", "comment *", "commentaire *", "name *", "nom *",
                    "email *", "e-mail *", "website", "site web", "annuler la reponse", "cancel reply"),
            "follow", List.of("suivez-nous", "suivez nous", "abonnez-vous", "s'abonner", "follow us", "inscrivez-vous a notre newsletter", "newsletter"),
            "navigation", List.of("partager", "partagez", "share", "facebook", "twitter", "whatsapp", "linkedin", "telegram", "imprimer", "print",
                    "accueil", "home", "publicite", "advertisement", "tags", "etiquettes", "previous article", "next article", "article precedent", "article suivant"),
            "author-blurb", List.of("a propos de l'auteur", "about the author", "l'auteur", "par la redaction", "redige par", "written by"));
    private static final Pattern COUNTER = Pattern.compile("^[\\s\\d.,]*(\\d+\\s*(vues|views|commentaires?|comments?|partages|shares|likes|j'aime|reactions?))?[\\s\\d.,]*$");
    private static final Pattern LONE_WORD = Pattern.compile("^\\W{0,3}(nom|name|email|e-mail|commentaire|comment|site web|website|δ|reply|repondre)\\W{0,3}$");

    private BoilerplateLines() {}

    static List<Line> find(String text, String folded) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = folded.substring(start, end).strip();
            String kind = null;
            String reason = null;
            if (!line.isEmpty()) {
                for (var e : STARTS.entrySet()) {
                    for (String p : e.getValue()) {
                        boolean shortLine = line.length() <= 200;
                        if (line.startsWith(p) && (shortLine || e.getKey().equals("read-also")) && ActorMentions.wordBounded(line, 0, p.length())) {
                            kind = e.getKey();
                            reason = "the line begins « " + text.substring(start, end).strip().substring(0, Math.min(p.length(), text.substring(start, end).strip().length())) + " », as " + describe(kind) + " do";
                        }
                    }
                }
                if (kind == null && COUNTER.matcher(line).matches() && line.chars().anyMatch(Character::isDigit)) {
                    kind = "counter";
                    reason = "a line of numbers only, as a page's counters are";
                } else if (kind == null && LONE_WORD.matcher(line).matches()) {
                    kind = "comment-form";
                    reason = "a lone form label, as a comment form's fields are";
                }
            }
            if (kind != null) {
                int s = start;
                while (s < end && Character.isWhitespace(text.charAt(s))) s++;
                int e = end;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                out.add(new Line(s, e, kind, reason));
            }
            start = end + 1;
        }
        return out;
    }

    private static String describe(String kind) {
        return switch (kind) {
            case "read-also" -> "links to other articles";
            case "comment-form" -> "a comment form's lines";
            case "follow" -> "invitations to follow a site";
            case "navigation" -> "a page's buttons and links";
            default -> "an author's blurb";
        };
    }
}
