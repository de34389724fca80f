package org.sourcedtimeline.ui.control.timeline;

import java.util.Objects;

/**
 * A horizontal band of a {@link TimelineView}; items name their lane by {@link #id()}.
 *
 * @param id    identifier matched against {@link TimelineItem#laneId()}
 * @param label text drawn at the top left of the lane (may be empty)
 */
public record TimelineLane(String id, String label) {
    /** Validates the lane; a {@code null} label becomes empty. */
    public TimelineLane {
        Objects.requireNonNull(id, "id");
        label = label == null ? "" : label;
    }
}
