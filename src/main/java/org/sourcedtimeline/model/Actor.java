package org.sourcedtimeline.model;

/** A person or body that speaks or takes part; {@code role} is the office at the time of the events. */
public record Actor(String id, String name, String role, String affiliation) {}
