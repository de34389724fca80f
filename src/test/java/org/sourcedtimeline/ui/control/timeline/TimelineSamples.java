package org.sourcedtimeline.ui.control.timeline;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/** A dozen items over 2014–2024 in two lanes: points, a range, month and year bands, a tight cluster. */
final class TimelineSamples {

    static final TimelineLane MEETINGS = new TimelineLane("meetings", "Meetings");
    static final TimelineLane CALLS = new TimelineLane("calls", "Calls and statements");

    static final TimelineItem PARIS = TimelineItem.day("paris", "Paris talks", LocalDate.of(2014, 3, 5), "meetings");
    static final TimelineItem GENEVA_2014 = TimelineItem.day("geneva14", "Geneva statement", LocalDate.of(2014, 4, 17), "calls");
    static final TimelineItem SYRIA_YEAR = TimelineItem.year("syria", "Syria contact group", Year.of(2015), "meetings");
    static final TimelineItem CEASEFIRE = TimelineItem.day("ceasefire", "Ceasefire arrangement", LocalDate.of(2016, 9, 9), "meetings");
    static final TimelineItem VISIT_MONTH = TimelineItem.month("visit", "Washington visit", YearMonth.of(2017, 5), "meetings");
    static final TimelineItem SUMMIT_WEEK = TimelineItem.range("summit", "Summit preparations",
            LocalDate.of(2018, 6, 1), LocalDate.of(2018, 9, 15), "calls");
    static final TimelineItem REYKJAVIK = TimelineItem.day("reykjavik", "Reykjavik meeting", LocalDate.of(2021, 5, 19), "meetings");
    static final TimelineItem STOCKHOLM = TimelineItem.day("stockholm", "Stockholm OSCE", LocalDate.of(2021, 12, 2), "meetings");
    static final TimelineItem GENEVA_2022 = TimelineItem.day("geneva22", "Geneva talks", LocalDate.of(2022, 1, 21), "meetings");
    static final TimelineItem LETTERS = TimelineItem.day("letters", "Written answers", LocalDate.of(2022, 1, 26), "meetings")
            .withFlags("weak-evidence");
    static final TimelineItem CALL_FEB = TimelineItem.day("call-feb", "Phone call", LocalDate.of(2022, 2, 12), "calls");
    static final TimelineItem CALL_FEB2 = TimelineItem.day("call-feb2", "Second call", LocalDate.of(2022, 2, 15), "calls");
    static final TimelineItem STATEMENT_MONTH = TimelineItem.month("statement", "Joint statement", YearMonth.of(2022, 3), "calls")
            .withFlags("weak-evidence");
    static final TimelineItem CALL_JULY = TimelineItem.day("call-july", "Phone call on grain", LocalDate.of(2022, 7, 29), "calls");
    static final TimelineItem DELHI = TimelineItem.day("delhi", "G20 Delhi encounter", LocalDate.of(2023, 3, 2), "meetings");

    /** In deliberately scrambled order. */
    static List<TimelineItem> items() {
        return List.of(REYKJAVIK, PARIS, CALL_FEB2, GENEVA_2014, SYRIA_YEAR, DELHI, CEASEFIRE, VISIT_MONTH, SUMMIT_WEEK,
                STOCKHOLM, GENEVA_2022, LETTERS, CALL_FEB, STATEMENT_MONTH, CALL_JULY);
    }

    /** The same items by start date (the keyboard order). */
    static List<TimelineItem> byStart() {
        return List.of(PARIS, GENEVA_2014, SYRIA_YEAR, CEASEFIRE, VISIT_MONTH, SUMMIT_WEEK, REYKJAVIK, STOCKHOLM,
                GENEVA_2022, LETTERS, CALL_FEB, CALL_FEB2, STATEMENT_MONTH, CALL_JULY, DELHI);
    }

    static List<TimelineLane> lanes() {
        return List.of(MEETINGS, CALLS);
    }

    private TimelineSamples() {
    }
}
