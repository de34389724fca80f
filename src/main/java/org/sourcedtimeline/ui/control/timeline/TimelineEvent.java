package org.sourcedtimeline.ui.control.timeline;

import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.event.EventType;

/** An event about one {@link TimelineItem} of a {@link TimelineView}. */
public class TimelineEvent extends Event {

    /** Common super type of all timeline events. */
    public static final EventType<TimelineEvent> ANY = new EventType<>(Event.ANY, "TIMELINE");

    /** The user activated an item: double click, or Enter on the selected item. */
    public static final EventType<TimelineEvent> ITEM_ACTIVATED =
            new EventType<>(ANY, "TIMELINE_ITEM_ACTIVATED");

    private final transient TimelineItem item;

    /** Creates an event of the given type about {@code item}. */
    public TimelineEvent(Object source, EventTarget target, EventType<TimelineEvent> type,
            TimelineItem item) {
        super(source, target, type);
        this.item = item;
    }

    /** The item concerned. */
    public TimelineItem getItem() {
        return item;
    }

    @Override
    public TimelineEvent copyFor(Object newSource, EventTarget newTarget) {
        return (TimelineEvent) super.copyFor(newSource, newTarget);
    }

    @SuppressWarnings("unchecked")
    @Override
    public EventType<TimelineEvent> getEventType() {
        return (EventType<TimelineEvent>) super.getEventType();
    }

    @Override
    public String toString() {
        return "TimelineEvent[" + getEventType() + ", item=" + (item == null ? null : item.id()) + "]";
    }
}
