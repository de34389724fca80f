/**
 * Text made safe and readable for display: control and bidirectional characters shown as markers
 * ({@code DisplayText}), quotations with their marks ({@code QuoteText}). Plain Java: no JavaFX, no
 * view; the CLI prints through it too.
 */
package org.sourcedtimeline.ui.text;
