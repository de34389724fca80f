/**
 * File › Export…: the dialog that writes the model's evidence in another format (io.export), with a
 * preview of what will be written, a progress bar while it is, and a question before any file is
 * replaced. Knows the window only through what it is given: the loaded model, the selection, the
 * language.
 */
package org.sourcedtimeline.ui.export;
