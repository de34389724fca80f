/**
 * The side panels beside the timeline (Event, Quotes, Accounts, Source): each an FXML view with its
 * CSS and bundle, fed by the view model and asking its {@code PanelHost} for what only the window can
 * do. Knows neither the window nor the timeline control.
 */
package org.sourcedtimeline.ui.panels;
