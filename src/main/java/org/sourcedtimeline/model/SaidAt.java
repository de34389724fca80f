package org.sourcedtimeline.model;

/** Where and when words were said, when that differs from the event they are filed under. */
public record SaidAt(String place, PartialDate date, String note) {}
