/**
 * The model's evidence in other people's formats: CSV tables, Markdown with footnotes, W3C Web
 * Annotations. Every export carries the model's ids, so that what it shows can be opened again in
 * the app ({@code timeline --select ID}); quoted words are always the article's exact characters.
 */
package org.sourcedtimeline.io.export;
