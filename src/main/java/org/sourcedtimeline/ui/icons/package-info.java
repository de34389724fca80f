/**
 * The app's icons: the glyphs of its cut-down icon font for Ikonli ({@code AppIcon},
 * {@code AppIconHandler}) and the window icons, decoded off the JavaFX thread ({@code WindowIcons}).
 * The font and images sit beside them. Knows no view.
 */
package org.sourcedtimeline.ui.icons;
