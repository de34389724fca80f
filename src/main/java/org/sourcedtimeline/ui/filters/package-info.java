/**
 * The toolbar's filters: a button whose menu checks the values to show ({@link
 * org.sourcedtimeline.ui.filters.CheckMenuButton}). Knows neither the model nor the window: it is given
 * its values and a converter, and tells who listens which values are checked.
 */
package org.sourcedtimeline.ui.filters;
