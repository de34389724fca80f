/**
 * The window's small dialogs: About, Keyboard shortcuts, and the problems of a refused file or an
 * unexpected error, with text to copy. Each is given its owner, bundle and style sheet; none knows the
 * window or the view model.
 */
package org.sourcedtimeline.ui.dialogs;
