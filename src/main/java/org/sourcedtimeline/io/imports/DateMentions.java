package org.sourcedtimeline.io.imports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcedtimeline.model.PartialDate;
import org.sourcedtimeline.model.Precision;

/**
 * The dates of an article in French: « le 5 décembre 2024 », « jeudi 5 décembre », « en mars 2023 »,
 * « en 2014 », « jeudi », « hier », « le mois dernier », each resolved against the publication date:
 * a date without its year takes the publication's (or the year before, when it would fall more than a
 * month after publication), a weekday the last such day on or before publication, which needs the
 * publication's day.
 */
final class DateMentions {
    private static final List<String> MONTHS = List.of("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
            "septembre", "octobre", "novembre", "decembre");
    private static final List<String> DAYS = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
    private static final String MONTH = "(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)";
    private static final String DAY = "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
    private static final Pattern FULL = Pattern.compile("\\b(?:" + DAY + "\\s+)?(1er|[0-3]?\\d)\\s+" + MONTH + "(?:\\s+((?:19|20)\\d\\d))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:en|depuis|de|d'|jusqu'en|fin|debut)\\s*((?:19|20)\\d\\d)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b" + DAY + "\\b(?!\\s+(?:1er|[0-3]?\\d)\\s)");
    private static final Pattern RELATIVE = Pattern.compile("\\b(hier|aujourd'hui|avant-hier|le mois dernier|la semaine derniere|l'an dernier|l'annee derniere)\\b");

    private DateMentions() {}

    static List<DateMention> find(String text, String folded, PartialDate published) {
        List<DateMention> out = new ArrayList<>();
        boolean[] taken = new boolean[folded.length()];
        Matcher m = FULL.matcher(folded);
        while (m.find()) {
            int day = m.group(2).equals("1er") ? 1 : Integer.parseInt(m.group(2));
            int month = MONTHS.indexOf(m.group(3)) + 1;
            if (day < 1 || day > 31) continue;
            Integer year = m.group(4) != null ? Integer.valueOf(m.group(4)) : null;
            String reason;
            if (year == null) {
                if (published == null) {
                    add(out, taken, text, m, null, "a day and month without a year, and no publication date to take the year from");
                    continue;
                }
                year = published.year();
                if (month > published.month() + 1) year--;
                reason = "day and month in the text, the year from the publication (" + published + ")";
            } else {
                reason = "a full date in the text";
            }
            PartialDate d;
            try {
                LocalDate.of(year, month, day);
                d = PartialDate.ofDay(year, month, day);
            } catch (java.time.DateTimeException e) {
                continue;
            }
            add(out, taken, text, m, d, reason);
        }
        m = MONTH_YEAR.matcher(folded);
        while (m.find()) {
            if (any(taken, m.start(), m.end())) continue;
            add(out, taken, text, m, new PartialDate(Integer.parseInt(m.group(2)), MONTHS.indexOf(m.group(1)) + 1, 1, Precision.MONTH), "a month and year in the text");
        }
        m = YEAR.matcher(folded);
        while (m.find()) {
            if (any(taken, m.start(1), m.end(1))) continue;
            add(out, taken, text, m, new PartialDate(Integer.parseInt(m.group(1)), 1, 1, Precision.YEAR), "a year in the text");
        }
        m = WEEKDAY.matcher(folded);
        while (m.find()) {
            if (any(taken, m.start(), m.end())) continue;
            if (published == null || published.precision() != Precision.DAY) {
                add(out, taken, text, m, null, "a weekday, which needs the publication's day to be resolved"
                        + (published == null ? "" : " (known only as " + published + ")"));
                continue;
            }
            DayOfWeek dow = DayOfWeek.of(DAYS.indexOf(m.group(1)) + 1);
            LocalDate d = published.first().with(TemporalAdjusters.previousOrSame(dow));
            add(out, taken, text, m, PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
                    "the last " + m.group(1) + " on or before the publication (" + published + ")");
        }
        m = RELATIVE.matcher(folded);
        while (m.find()) {
            if (any(taken, m.start(), m.end())) continue;
            add(out, taken, text, m, relative(m.group(1), published), published == null ? "relative to a publication date we do not have"
                    : "« " + m.group(1) + " » counted from the publication (" + published + ")");
        }
        out.sort(java.util.Comparator.comparingInt(DateMention::start));
        return out;
    }

    private static PartialDate relative(String words, PartialDate p) {
        if (p == null) return null;
        LocalDate d = p.first();
        return switch (words) {
            case "hier" -> p.precision() == Precision.DAY ? day(d.minusDays(1)) : null;
            case "avant-hier" -> p.precision() == Precision.DAY ? day(d.minusDays(2)) : null;
            case "aujourd'hui" -> p.precision() == Precision.DAY ? p : null;
            case "le mois dernier" -> p.precision() == Precision.YEAR ? null : new PartialDate(d.minusMonths(1).getYear(), d.minusMonths(1).getMonthValue(), 1, Precision.MONTH);
            case "l'an dernier", "l'annee derniere" -> new PartialDate(p.year() - 1, 1, 1, Precision.YEAR);
            default -> null;
        };
    }

    private static PartialDate day(LocalDate d) {
        return PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static void add(List<DateMention> out, boolean[] taken, String text, Matcher m, PartialDate d, String reason) {
        for (int i = m.start(); i < m.end(); i++) taken[i] = true;
        out.add(new DateMention(m.start(), m.end(), text.substring(m.start(), m.end()), d, reason));
    }

    private static boolean any(boolean[] t, int a, int b) {
        for (int i = a; i < b; i++) if (t[i]) return true;
        return false;
    }
}
