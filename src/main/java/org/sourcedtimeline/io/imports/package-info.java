/**
 * Reading a new article: copying it into the seeds byte for byte, finding its quotations, boilerplate,
 * dates and places, and proposing a speaker and an event for each quotation with a confidence and a
 * reason. Nothing here writes the curation file except {@link org.sourcedtimeline.io.imports.CurationEdits},
 * and only with what a person accepted.
 */
package org.sourcedtimeline.io.imports;
