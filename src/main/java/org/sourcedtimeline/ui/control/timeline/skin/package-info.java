/**
 * Default skin of the timeline control (not exported from the module).
 *
 * <ul>
 *   <li>{@link org.sourcedtimeline.ui.control.timeline.skin.TimelineViewSkin}: nodes (one canvas,
 *       an accessibility node over the selection, hidden CSS swatches, a tooltip) and behaviour.</li>
 *   <li>{@code TimelinePainter}: draws one frame from the visible items only.</li>
 *   <li>Pure layout, no JavaFX, unit tested without a toolkit:
 *       {@link org.sourcedtimeline.ui.control.timeline.skin.TimeScale} (day ↔ pixel, zoom, pan,
 *       limits), {@link org.sourcedtimeline.ui.control.timeline.skin.TickGenerator} (axis ticks and
 *       localised labels), {@link org.sourcedtimeline.ui.control.timeline.skin.LanePacker} (rows),
 *       {@link org.sourcedtimeline.ui.control.timeline.skin.Clusterer} (label placement and
 *       clusters), {@link org.sourcedtimeline.ui.control.timeline.skin.HitTester},
 *       {@link org.sourcedtimeline.ui.control.timeline.skin.ItemIndex} (interval queries),
 *       {@link org.sourcedtimeline.ui.control.timeline.skin.RowItems} (each row's items in start
 *       order with {@link org.sourcedtimeline.ui.control.timeline.skin.MaxPyramid}s of their ends,
 *       built once per item set), {@link org.sourcedtimeline.ui.control.timeline.skin.RowLayout}
 *       (one row of a frame, clustered at a cost that follows the groups, not the items) and
 *       {@link org.sourcedtimeline.ui.control.timeline.skin.MarkerGeometry} (marker extents).</li>
 * </ul>
 */
package org.sourcedtimeline.ui.control.timeline.skin;
