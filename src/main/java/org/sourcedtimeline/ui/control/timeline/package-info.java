/**
 * A reusable JavaFX timeline control: {@link org.sourcedtimeline.ui.control.timeline.TimelineView}
 * and its small value types ({@link org.sourcedtimeline.ui.control.timeline.TimelineItem},
 * {@link org.sourcedtimeline.ui.control.timeline.TimelineLane},
 * {@link org.sourcedtimeline.ui.control.timeline.TimeWindow},
 * {@link org.sourcedtimeline.ui.control.timeline.Granularity},
 * {@link org.sourcedtimeline.ui.control.timeline.TimelineEvent}).
 *
 * <p>The package depends only on {@code java.*} and {@code javafx.*} (checked by an ArchUnit
 * test); it knows nothing of the application's model. The skin and its pure layout classes live
 * in the unexported {@code skin} sub-package.
 *
 * <h2>CSS</h2>
 * The user agent style sheet {@code timeline.css} (next to {@code TimelineView}) defines these
 * looked-up colours on {@code .timeline-view}; set them in an application style sheet to re-theme:
 * <table>
 * <caption>Timeline colours</caption>
 * <tr><th>variable</th><th>used for</th><th>default (Modena)</th><th>with AtlantaFX tokens</th></tr>
 * <tr><td>{@code -timeline-background-color}</td><td>plot background</td>
 *     <td>{@code -fx-control-inner-background}</td><td>{@code -color-bg-default}</td></tr>
 * <tr><td>{@code -timeline-text-color}</td><td>labels; grid, lane tint and axis derived with transparency</td>
 *     <td>{@code -fx-text-background-color}</td><td>{@code -color-fg-default}</td></tr>
 * <tr><td>{@code -timeline-item-color}</td><td>markers, bars, bands, clusters, overview density</td>
 *     <td>{@code derive(-fx-text-background-color, 22%)}</td><td>{@code -color-fg-muted}</td></tr>
 * <tr><td>{@code -timeline-accent-color}</td><td>selection, highlighted items, overview window</td>
 *     <td>{@code -fx-accent}</td><td>{@code -color-accent-emphasis}</td></tr>
 * <tr><td>{@code -timeline-focus-color}</td><td>focus rings</td>
 *     <td>{@code -fx-focus-color}</td><td>{@code -color-accent-emphasis}</td></tr>
 * <tr><td>{@code -timeline-flag-color}</td><td>flag badges without their own colour</td>
 *     <td>{@code #c2410c}</td><td>{@code -color-warning-emphasis}</td></tr>
 * </table>
 * The AtlantaFX column applies when the application's user agent style sheet (or a scene style
 * sheet) defines {@code -color-fg-default} and {@code -color-accent-emphasis}: the skin then sets
 * the pseudo-class {@code :color-tokens} on the control, and light/dark theme switches flow
 * through. (Switching at run time between Modena and a token theme logs one round of CSS lookup
 * warnings: the skin notices the new theme one CSS pass late.)
 *
 * <p>Per-flag colours: the flag {@code weak-evidence} is drawn in the background colour of
 * {@code .timeline-view .flag-weak-evidence} (non-alphanumeric characters become {@code -}).
 * Label font: {@code .timeline-view .item-label} (12px of the scene's font family).
 */
package org.sourcedtimeline.ui.control.timeline;
