/**
 * What the reader is looking at, as JavaFX properties without a control: the loaded model, the
 * selection, the filters and the search ({@code MainViewModel}), observed by the window, the panels
 * and the export. Knows the model and the settings values, no view; tested without a toolkit.
 */
package org.sourcedtimeline.ui.state;
