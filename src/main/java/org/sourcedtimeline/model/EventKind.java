package org.sourcedtimeline.model;

/** What kind of encounter (or non-encounter) an event is. */
public enum EventKind implements WireName {
    BILATERAL_MEETING("bilateral-meeting"),
    BRIEF_ENCOUNTER("brief-encounter"),
    MULTILATERAL_NO_BILATERAL("multilateral-no-bilateral"),
    STATEMENT("statement"),
    CONTEXT("context");

    private final String json;

    EventKind(String json) { this.json = json; }

    @Override
    public String json() { return json; }

    /** True for the meetings between the two ministers, as opposed to background events. */
    public boolean isEncounter() { return this != CONTEXT && this != STATEMENT; }

    public static EventKind fromJson(String s) {
        for (EventKind k : values()) if (k.json.equals(s)) return k;
        return null;
    }
}
