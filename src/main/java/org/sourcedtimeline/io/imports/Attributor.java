package org.sourcedtimeline.io.imports;

import java.util.List;
import java.util.regex.Matcher;
import org.sourcedtimeline.model.Attribution;

/**
 * Proposes the speaker of each quotation from the words around it, nearest first: a verb of saying
 * with a name after the quotation in its sentence (« », a déclaré Lavrov), then before it (Blinken a
 * déclaré : « »; selon Lavrov, « »), a pronoun that stands for the last speaker (« », a-t-il ajouté),
 * a speaker the article leaves unnamed, and last the person named just before. Every guess says which
 * words it rests on.
 */
final class Attributor {
    /** How far after a quotation its inverted verb may be (« », a déclaré mardi le ministre russe). */
    private static final int AFTER = 140;
    private final String text;
    private final String folded;
    private final Sentences sentences;
    private final ActorMentions mentions;
    private final java.util.Map<String, String> names;
    private String lastSpeaker;
    /** The guess for the quotation before, named or not: a pronoun after the next one stands for that speaker. */
    private SpeakerGuess last;
    private int lastQuoteEnd = -1;

    Attributor(String text, String folded, Sentences sentences, ActorMentions mentions, java.util.Map<String, String> names) {
        this.text = text;
        this.folded = folded;
        this.sentences = sentences;
        this.mentions = mentions;
        this.names = names;
    }

    /** The quotations must come in reading order: a pronoun refers to the speaker of the one before. */
    SpeakerGuess guess(QuotedSpan q) {
        SpeakerGuess g = find(q);
        if (g.actorId() != null) lastSpeaker = g.actorId();
        if (g.actorId() != null || g.label() != null) last = g;
        lastQuoteEnd = q.closed() ? q.close() + 1 : q.end();
        return g;
    }

    private SpeakerGuess find(QuotedSpan q) {
        int after = q.closed() ? q.close() + 1 : q.end();
        int sentenceEnd = Math.min(sentences.end(Math.max(0, after - 1)), after + AFTER);
        int afterTo = sentenceEnd;
        int sentenceStart = sentences.start(q.open());
        int beforeFrom = Math.max(sentenceStart, lastQuoteEnd > sentenceStart && lastQuoteEnd <= q.open() ? lastQuoteEnd : sentenceStart);

        // « … », a déclaré Lavrov / « … », a-t-il ajouté / « … », selon le chef de la diplomatie russe
        Matcher v = SpeechCues.verb(folded, after, afterTo);
        if (v != null && v.start() - after <= 40) {
            Mention m = firstMention(v.end(), afterTo);
            if (m != null && m.start() - v.end() <= 60) return fromMention(m, Attribution.EXPLICIT, 0.9,
                    "follows « " + words(after, m.end()) + " » in the same sentence");
        }
        // « … », M. Lavrov a souligné / « … » puissent …, le ministre russe a ajouté: the subject after the quotation, before its verb.
        if (v != null && SpeechCues.pronoun(folded, v.start(), v.end()) == null) {
            Mention subject = lastNamedBefore(mentions.in(text, folded, after, v.start()), v.start());
            if (subject != null && v.start() - subject.end() <= 25 && !quoteBetween(subject.end(), v.start())) return fromMention(subject, Attribution.EXPLICIT, 0.8,
                    "followed in its sentence by « " + words(subject.start(), v.end()) + " »");
        }
        // Blinken a déclaré : « … » / selon Lavrov, « … » / le ministre russe a qualifié … de « … »
        List<Mention> before = mentions.in(text, folded, beforeFrom, q.open());
        Matcher vb = lastVerb(beforeFrom, q.open());
        if (vb != null) {
            boolean according = folded.startsWith("selon", vb.start()) || folded.startsWith("d'apres", vb.start());
            // « selon Lavrov » names the speaker after the word; « Blinken a déclaré » before the verb.
            Mention subject = according ? firstAfterIn(before, vb.end()) : lastNamedBefore(before, vb.start());
            if (subject == null) subject = firstAfterIn(before, vb.end());
            if (subject != null) {
                boolean colon = SpeechCues.colonBefore(folded, q.open());
                return fromMention(subject, Attribution.EXPLICIT, colon ? 0.9 : 0.85,
                        (colon ? "introduced by « " : "in the same sentence: « ") + words(Math.min(subject.start(), vb.start()), Math.max(subject.end(), vb.end())) + " »");
            }
            Matcher p = SpeechCues.pronoun(folded, Math.max(beforeFrom, vb.start() - 12), Math.min(q.open(), vb.end() + 12));
            if (p != null && lastSpeakerOrNamed(q.open()) != null) {
                String who = lastSpeakerOrNamed(q.open());
                return new SpeakerGuess(who, null, Attribution.INFERRED, 0.65,
                        "« " + words(Math.max(beforeFrom, vb.start() - 12), vb.end()) + " » before it: the pronoun stands for " + name(who) + ", the last person named");
            }
        }
        // « … », a-t-il ajouté: the pronoun stands for the speaker of the quotation before.
        if (v != null && v.start() - after <= 40) {
            Matcher p = SpeechCues.pronoun(folded, v.start(), Math.min(afterTo, v.end() + 12));
            if (p != null && last != null) return new SpeakerGuess(last.actorId(), last.label(), Attribution.INFERRED, 0.7,
                    "« " + words(v.start(), v.end()) + " » after it: the pronoun stands for " + (last.actorId() != null ? name(last.actorId()) : "« " + last.label() + " »")
                            + ", the speaker of the quotation before");
        }
        Mention named = before.isEmpty() ? null : before.get(before.size() - 1);
        if (named != null) return fromMention(named, Attribution.INFERRED, named.named() ? 0.55 : 0.5,
                "names « " + text.substring(named.start(), named.end()) + " » earlier in its sentence, with no verb of saying");
        String who = lastSpeakerOrNamed(q.open());
        if (who != null) return new SpeakerGuess(who, null, Attribution.INFERRED, 0.4,
                "no speaker in its sentence: " + name(who) + " is the last person named or quoted before it");
        return SpeakerGuess.none("no speaker named in its sentence or before it");
    }

    private SpeakerGuess fromMention(Mention m, Attribution a, double confidence, String reason) {
        if (m.named()) return new SpeakerGuess(m.actorId(), null, a, confidence, reason + (m.how().startsWith("office") ? " (" + m.how() + ")" : ""));
        return new SpeakerGuess(null, m.label(), a, confidence - 0.1, reason + ": a speaker the article does not name");
    }

    private Mention firstMention(int from, int to) {
        List<Mention> ms = mentions.in(text, folded, from, Math.max(from, to));
        return ms.isEmpty() ? null : ms.get(0);
    }

    private static Mention lastNamedBefore(List<Mention> ms, int at) {
        Mention best = null;
        for (Mention m : ms) if (m.end() <= at) best = m;
        return best;
    }

    private static Mention firstAfterIn(List<Mention> ms, int at) {
        for (Mention m : ms) if (m.start() >= at) return m;
        return null;
    }

    private Matcher lastVerb(int from, int to) {
        Matcher last = null;
        for (int i = from; i < to; ) {
            Matcher m = SpeechCues.verb(folded, i, to);
            if (m == null) break;
            last = m;
            i = m.end();
        }
        return last;
    }

    /** The speaker of the quotation before, or the last actor named in the two sentences before {@code at}. */
    private String lastSpeakerOrNamed(int at) {
        int from = sentences.previousStart(sentences.start(at));
        List<Mention> ms = mentions.in(text, folded, from, at);
        for (int i = ms.size() - 1; i >= 0; i--) if (ms.get(i).named()) return ms.get(i).actorId();
        return lastSpeaker;
    }

    private boolean quoteBetween(int from, int to) {
        for (int i = from; i < to; i++) if (QuotedSpans.opens(text, i)) return true;
        return false;
    }

    private String words(int from, int to) {
        return text.substring(from, to).replaceAll("\\s+", " ").strip();
    }

    private String name(String actorId) {
        return names.getOrDefault(actorId, actorId);
    }
}
