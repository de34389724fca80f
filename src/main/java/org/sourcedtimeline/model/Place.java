package org.sourcedtimeline.model;

/** Where an event happened; coordinates may be absent for events with no single place. */
public record Place(String name, String country, Double lat, Double lon) {}
