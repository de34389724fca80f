/**
 * The JavaFX user interface, one room per concern: {@code window}, {@code state}, {@code panels},
 * {@code dialogs}, {@code export}, {@code importer}, {@code dates}, {@code settings}, {@code text},
 * {@code icons}, {@code errors}, {@code fx}, and the reusable {@code control.timeline}
 * (docs/architecture.md). No class lives here.
 */
package org.sourcedtimeline.ui;
