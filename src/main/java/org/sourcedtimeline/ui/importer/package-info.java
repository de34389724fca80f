/**
 * File › Import article…: the review of an imported article's suggestions (io.imports), one decision
 * at a time, each written to the curation file and shown on the timeline, each undoable. Knows the
 * window only through what it is given: the review session, the actors and events, a callback for
 * the rebuilt model.
 */
package org.sourcedtimeline.ui.importer;
