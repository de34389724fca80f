package org.sourcedtimeline.ui.export;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.model.text.Citations;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.ui.state.MainViewModel;
import org.sourcedtimeline.ui.fx.Views;
import org.sourcedtimeline.ui.control.timeline.TimeWindow;

/** The words under an image of the timeline: the model and the span shown, its articles, where it comes from; the legend. */
public final class TimelineCaption {
    /** Characters a caption line holds before the articles go on to the next. */
    static final int LINE_CHARS = 150;

    private TimelineCaption() {}

    /** @param dark the timeline is drawn in the dark theme: the caption goes on its background */
    public static TimelineImage.Caption of(LoadedModel loaded, TimeWindow shown, Locale locale, boolean dark) {
        ResourceBundle own = Views.bundle(ExportDialog.class, locale);
        ResourceBundle main = MainViewModel.bundle(locale);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        List<String> lines = new ArrayList<>();
        lines.add(MessageFormat.format(own.getString("image.shown"), loaded.model().title(),
                day.format(LocalDate.ofEpochDay((long) Math.floor(shown.start()))),
                day.format(LocalDate.ofEpochDay((long) Math.ceil(shown.end()) - 1))));
        List<String> credits = new ArrayList<>();
        for (Source s : loaded.model().sources()) credits.add(Citations.article(s, locale));
        lines.addAll(wrap(MessageFormat.format(own.getString("image.articles"), String.join("; ", credits))));
        lines.add(own.getString("image.note"));
        List<String> legend = List.of(main.getString("legend.day"), main.getString("legend.range"), main.getString("legend.imprecise"),
                main.getString("legend.weak"), main.getString("legend.cluster"));
        return new TimelineImage.Caption(lines, legend, dark);
    }

    /** At spaces, into lines of at most {@value #LINE_CHARS} characters (a longer word stays whole). */
    static List<String> wrap(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) out.add(line.toString());
        return out;
    }
}
