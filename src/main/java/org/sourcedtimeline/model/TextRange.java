package org.sourcedtimeline.model;

/** Code-point offsets into an article, end exclusive. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad range " + start + ".." + end);
    }

    public int length() { return end - start; }

    public boolean contains(int offset) { return offset >= start && offset < end; }

    public boolean overlaps(TextRange o) { return start < o.end && o.start < end; }
}
