/**
 * The main window: {@code MainWindow} (the stage, loading, menus, dialogs shown) and {@code MainView}
 * (its FXML, CSS and bundle beside it), {@code TimelineBridge} (the model onto the reusable timeline
 * control), the built-in model read ahead while JavaFX starts, and headless rendering. The one room
 * that may import every other.
 */
package org.sourcedtimeline.ui.window;
