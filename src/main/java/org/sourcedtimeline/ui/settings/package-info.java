/**
 * What is kept between runs: {@code UiSettings} (the settings file in the config folder, written
 * atomically, and the one-time migration of old preferences) and the {@code Theme}. Knows no view and
 * no other room of the UI.
 */
package org.sourcedtimeline.ui.settings;
