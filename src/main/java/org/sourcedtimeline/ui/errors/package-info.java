/**
 * What happens to an exception nobody caught: logged, then handed to the window to show, the reader's
 * place kept ({@code UnexpectedErrors}). Knows no view.
 */
package org.sourcedtimeline.ui.errors;
