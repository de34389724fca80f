package org.sourcedtimeline.model;

/** How much of a date the sources actually give. A month-precise event is never drawn as a day. */
public enum Precision implements WireName {
    DAY("day"), MONTH("month"), YEAR("year");

    private final String json;

    Precision(String json) { this.json = json; }

    @Override
    public String json() { return json; }

    public static Precision fromJson(String s) {
        for (Precision p : values()) if (p.json.equals(s)) return p;
        return null;
    }
}
