/**
 * Small JavaFX helpers every view uses: loading a view from the FXML, CSS and bundle beside its class
 * ({@code Views}, the only place that loads FXML) and listeners that can be removed together
 * ({@code Subscriptions}). Knows no room of the UI.
 */
package org.sourcedtimeline.ui.fx;
