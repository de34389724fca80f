/**
 * Dates typed or picked by the reader: the toolbar's "go to date" field (a JFXtras
 * {@code LocalDateTextField}, whose calendar marks the days that have events). Knows the model's dates,
 * not the window.
 */
package org.sourcedtimeline.ui.dates;
