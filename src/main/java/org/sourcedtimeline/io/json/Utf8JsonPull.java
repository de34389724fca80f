package org.sourcedtimeline.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sourcedtimeline.io.Location;

/**
 * Strict JSON read straight from UTF-8 bytes, several times faster than decoding to characters and
 * tokenizing them with Gson, which is where most of a large model's load time went.
 *
 * <p>It accepts only what is plainly valid JSON and gives up ({@link GiveUp}) at the first thing it
 * is not sure of: a syntax error, malformed UTF-8, a duplicate key, an unescaped control character,
 * a number longer than {@value #MAX_NUMBER} characters, nesting deeper than
 * {@link LocatedJsonReader#MAX_DEPTH}, and any character that {@link NodeReader#unsafeCharacter}
 * warns about (so that its strings need not be scanned again, see {@link #screensUnsafeCharacters}). The caller then reads the document again with
 * {@link LocatedJsonReader#pull}, which says what is wrong and where; giving up is always safe. A
 * document it accepts gives exactly the trees {@link LocatedJsonReader} gives (a differential test
 * and fuzzer hold it to that).
 */
public final class Utf8JsonPull implements JsonPull {
    /** The fast reader is not sure: read the document with the reader that explains. */
    public static final class GiveUp extends RuntimeException {
        GiveUp(String why) { super(why, null, false, false); }
    }

    static final int MAX_NUMBER = 256;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int MAX_SHARED = 24;
    private static final int AFTER_VALUE = 1;
    private static final int AFTER_COMMA = 2;

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    // For the root-level pull operations only: per open container, what may come next.
    private final int[] state = new int[LocatedJsonReader.MAX_DEPTH + 2];
    private final boolean[] isObject = new boolean[LocatedJsonReader.MAX_DEPTH + 2];
    private int open;
    private final String[] shared = new String[1 << 8];
    private final byte[][] sharedBytes = new byte[1 << 8][];
    // The bytes of a string with escapes, gathered to be decoded once.
    private byte[] scratch = new byte[1 << 10];
    private int scratchLength;

    public Utf8JsonPull(InputStream in) {
        this.in = in;
        if (ensure(3) >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) pos = 3;
    }

    @Override public boolean atObject() { return peekToken() == '{'; }

    @Override public boolean atArray() { return peekToken() == '['; }

    @Override public void beginObject() { enter('{', true); }

    @Override public void beginArray() { enter('[', false); }

    @Override public void endObject() { leave('}', true); }

    @Override public void endArray() { leave(']', false); }

    @Override
    public boolean hasNext() {
        int c = peekToken();
        if (open == 0) throw giveUp("not in a container");
        char close = isObject[open] ? '}' : ']';
        if (state[open] == AFTER_VALUE) {
            if (c == close) return false;
            if (c != ',') throw giveUp("expected , or " + close);
            pos++;
            state[open] = AFTER_COMMA;
            c = peekToken();
            if (c == close) throw giveUp("trailing comma");
            return true;
        }
        if (state[open] == AFTER_COMMA && c == close) throw giveUp("trailing comma");
        return c != close;
    }

    @Override
    public String nextName() {
        if (open == 0 || !isObject[open] || !hasNext()) throw giveUp("no name here");
        if (peekToken() != '"') throw giveUp("expected a name");
        String name = string(true);
        if (peekToken() != ':') throw giveUp("expected :");
        pos++;
        state[open] = AFTER_VALUE;
        return name;
    }

    /** Every string it returns is free of the characters {@link NodeReader#unsafeCharacter} names: it gives up at them. */
    @Override
    public boolean screensUnsafeCharacters() { return true; }

    @Override
    public JsonNode readValue(Location at, int depth) {
        valueStarts();
        return value(at, depth);
    }

    @Override
    public void expectValue() {
        if (peekToken() < 0) throw giveUp("no value");
    }

    @Override
    public void expectEnd() {
        if (peekToken() >= 0) throw giveUp("content after the value");
    }

    /** Positions are Gson's to tell: the caller builds its message while this one gives up. */
    @Override
    public Location here() { throw giveUp("a located message is wanted"); }

    @Override
    public JsonSyntaxProblem translate(Exception e) {
        if (e instanceof GiveUp g) throw g;
        if (e instanceof JsonSyntaxProblem p) return p;
        throw giveUp(String.valueOf(e));
    }

    private void enter(char c, boolean object) {
        if (peekToken() != c) throw giveUp("expected " + c);
        valueStarts();
        if (open + 1 >= state.length) throw giveUp("too deep");
        pos++;
        open++;
        state[open] = 0;
        isObject[open] = object;
    }

    private void leave(char c, boolean object) {
        if (open == 0 || isObject[open] != object || state[open] == AFTER_COMMA || peekToken() != c) throw giveUp("expected " + c);
        pos++;
        open--;
    }

    /** In an array, a value is the next item; in an object, its name was read and set the state. */
    private void valueStarts() {
        if (open > 0 && !isObject[open]) {
            if (state[open] == AFTER_VALUE) throw giveUp("expected ,");
            state[open] = AFTER_VALUE;
        }
    }

    private JsonNode value(Location at, int depth) {
        if (depth > LocatedJsonReader.MAX_DEPTH) throw giveUp("too deep");
        int c = peekToken();
        switch (c) {
            case '{' -> {
                pos++;
                FieldMap fields = new FieldMap();
                if (peekToken() == '}') {
                    pos++;
                    return new JsonNode.Obj(fields, at);
                }
                while (true) {
                    if (peekToken() != '"') throw giveUp("expected a name");
                    String name = string(true);
                    if (peekToken() != ':') throw giveUp("expected :");
                    pos++;
                    int v = peekToken();
                    Location child = v == '{' || v == '[' ? at.field(name) : at;
                    if (!fields.add(name, value(child, depth + 1))) throw giveUp("duplicate key");
                    int next = peekToken();
                    pos++;
                    if (next == '}') return new JsonNode.Obj(fields, at);
                    if (next != ',') throw giveUp("expected , or }");
                }
            }
            case '[' -> {
                pos++;
                List<JsonNode> items = new ArrayList<>();
                if (peekToken() == ']') {
                    pos++;
                    return new JsonNode.Arr(items, at);
                }
                while (true) {
                    int v = peekToken();
                    Location child = v == '{' || v == '[' ? at.item(items.size()) : at;
                    items.add(value(child, depth + 1));
                    int next = peekToken();
                    pos++;
                    if (next == ']') return new JsonNode.Arr(items, at);
                    if (next != ',') throw giveUp("expected , or ]");
                }
            }
            case '"' -> { return new JsonNode.Str(string(false), at); }
            case 't' -> { keyword("true"); return new JsonNode.Bool(true, at); }
            case 'f' -> { keyword("false"); return new JsonNode.Bool(false, at); }
            case 'n' -> { keyword("null"); return new JsonNode.Null(at); }
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) return new JsonNode.Num(number(), at);
                throw giveUp("not a value");
            }
        }
    }

    /** The string starting at the quotation mark under {@code pos}; a field name is shared with the last one like it. */
    private String string(boolean name) {
        int start = ++pos;
        boolean ascii = true;
        while (true) {
            byte[] b = buf;
            int p = pos;
            int lim = limit;
            // Eight bytes at a time while none is special: most of a model's bytes are in long strings.
            while (p + 8 <= lim && !special((long) LONGS.get(b, p))) p += 8;
            // Bytes below 0x20 are control characters; negative ones start a multi-byte sequence.
            while (p < lim) {
                byte c = b[p];
                if (c == '"' || c == '\\' || c < 0x20 || c == 0x7F) break;
                p++;
            }
            pos = p;
            if (p == lim) {
                start -= refill(start);
                if (pos == limit) throw giveUp("unterminated string");
                continue;
            }
            byte c = b[p];
            if (c == '"') {
                pos++;
                if (!ascii) return new String(b, start, p - start, StandardCharsets.UTF_8);
                return name ? name(start, p) : new String(b, start, p - start, StandardCharsets.ISO_8859_1);
            }
            if (c == '\\') return escaped(start);
            if (c >= 0) throw giveUp("control character in a string");
            // Checked here, as it is passed, so that the string is decoded only once.
            while (limit - pos < 4 && !eof) start -= refill(start);
            pos += sequenceLength(pos, limit);
            ascii = false;
        }
    }

    /** True when one of the eight bytes is a quotation mark, a backslash, below 0x20, 0x7F (DEL) or above. */
    private static boolean special(long w) {
        long quote = w ^ 0x2222222222222222L;
        long backslash = w ^ 0x5C5C5C5C5C5C5C5CL;
        long del = w ^ 0x7F7F7F7F7F7F7F7FL;
        return ((zeroByte(quote) | zeroByte(backslash) | zeroByte(del) | (w - 0x2020202020202020L) | w) & 0x8080808080808080L) != 0;
    }

    /** High bit set in each byte of {@code x} that is zero (and possibly in some after one that is). */
    private static long zeroByte(long x) { return (x - 0x0101010101010101L) & ~x; }

    /** An ASCII field name, shared with the last one of the same bytes: a large model repeats a few dozen names millions of times. */
    private String name(int from, int to) {
        int len = to - from;
        if (len > MAX_SHARED) return new String(buf, from, len, StandardCharsets.ISO_8859_1);
        int h = len;
        for (int i = from; i < to; i++) h = 31 * h + buf[i];
        int slot = (h ^ (h >>> 11)) & (shared.length - 1);
        byte[] known = sharedBytes[slot];
        if (known != null && Arrays.equals(known, 0, known.length, buf, from, to)) return shared[slot];
        // Interned, so that the decoder's look-ups by literal names hit on identity.
        String s = new String(buf, from, len, StandardCharsets.ISO_8859_1).intern();
        sharedBytes[slot] = Arrays.copyOfRange(buf, from, to);
        shared[slot] = s;
        return s;
    }

    /**
     * The rest of a string from its first backslash, {@code start} being where its text began (checked
     * already). The bytes are gathered with the escapes written as UTF-8 and decoded once: the context
     * around every quote has line breaks, so most strings of a model pass here.
     */
    private String escaped(int start) {
        scratchLength = 0;
        gather(start, pos);
        while (true) {
            ensure(6);
            if (pos == limit) throw giveUp("unterminated string");
            byte b = buf[pos];
            if (b == '"') {
                pos++;
                return new String(scratch, 0, scratchLength, StandardCharsets.UTF_8);
            }
            if (b == '\\') {
                if (limit - pos < 2) throw giveUp("unterminated escape");
                byte e = buf[pos + 1];
                pos += 2;
                switch (e) {
                    case '"', '\\', '/' -> put(e);
                    case 'n' -> put((byte) '\n');
                    case 't' -> put((byte) '\t');
                    case 'u' -> putCodePoint(escapedCodePoint());
                    // \b, \f and \r are control characters, which the loader warns about.
                    default -> throw giveUp("unknown escape or a control character");
                }
                continue;
            }
            int runStart = pos;
            while (pos < limit) {
                byte c = buf[pos];
                if (c == '"' || c == '\\') break;
                if (c >= 0) {
                    if (c < 0x20 || c == 0x7F) throw giveUp("control character in a string");
                    pos++;
                } else {
                    // A sequence that may be cut by the end of the buffer waits for the next pass, after a refill.
                    if (limit - pos < 4 && !eof) break;
                    pos += sequenceLength(pos, limit);
                }
            }
            gather(runStart, pos);
        }
    }

    /** The code point of a \\u escape (two for a surrogate pair), giving up at a lone surrogate or an unsafe character. */
    private int escapedCodePoint() {
        char c = hex4();
        if (Character.isLowSurrogate(c)) throw giveUp("lone surrogate");
        if (Character.isHighSurrogate(c)) {
            ensure(6);
            if (limit - pos < 6 || buf[pos] != '\\' || buf[pos + 1] != 'u') throw giveUp("lone surrogate");
            pos += 2;
            char low = hex4();
            if (!Character.isLowSurrogate(low)) throw giveUp("lone surrogate");
            return Character.toCodePoint(c, low);
        }
        if (NodeReader.isUnsafe(c)) throw giveUp("a control or bidirectional character");
        return c;
    }

    private void gather(int from, int to) {
        int n = to - from;
        if (scratchLength + n > scratch.length) scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchLength + n));
        System.arraycopy(buf, from, scratch, scratchLength, n);
        scratchLength += n;
    }

    private void put(byte b) {
        if (scratchLength == scratch.length) scratch = Arrays.copyOf(scratch, scratch.length * 2);
        scratch[scratchLength++] = b;
    }

    private void putCodePoint(int cp) {
        if (cp < 0x80) {
            put((byte) cp);
        } else if (cp < 0x800) {
            put((byte) (0xC0 | cp >> 6));
            put((byte) (0x80 | cp & 0x3F));
        } else if (cp < 0x10000) {
            put((byte) (0xE0 | cp >> 12));
            put((byte) (0x80 | cp >> 6 & 0x3F));
            put((byte) (0x80 | cp & 0x3F));
        } else {
            put((byte) (0xF0 | cp >> 18));
            put((byte) (0x80 | cp >> 12 & 0x3F));
            put((byte) (0x80 | cp >> 6 & 0x3F));
            put((byte) (0x80 | cp & 0x3F));
        }
    }

    private char hex4() {
        if (limit - pos < 4) refill(pos);
        if (limit - pos < 4) throw giveUp("short \\u escape");
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(buf[pos + i], 16);
            if (d < 0) throw giveUp("bad \\u escape");
            v = v * 16 + d;
        }
        pos += 4;
        return (char) v;
    }

    /** The length of the multi-byte sequence at {@code i}; no overlong forms, no surrogates, nothing past U+10FFFF. */
    private int sequenceLength(int i, int end) {
        int b = buf[i] & 0xFF;
        int len;
        if (b < 0xC2) throw giveUp("malformed UTF-8");
        else if (b < 0xE0) len = 2;
        else if (b < 0xF0) len = 3;
        else if (b < 0xF5) len = 4;
        else throw giveUp("malformed UTF-8");
        if (i + len > end) throw giveUp("truncated UTF-8");
        int b1 = buf[i + 1] & 0xFF;
        if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) || (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90))
            throw giveUp("overlong, surrogate or out-of-range UTF-8");
        for (int k = 1; k < len; k++) if ((buf[i + k] & 0xC0) != 0x80) throw giveUp("malformed UTF-8");
        if (unsafe(b, b1, len == 3 ? buf[i + 2] & 0xFF : 0)) throw giveUp("a control or bidirectional character");
        return len;
    }

    /**
     * The characters above 0x7F that {@link NodeReader#unsafeCharacter} names, as UTF-8: C1 controls
     * U+0080..U+009F (C2 80..9F), U+061C (D8 9C), U+200E/F (E2 80 8E/8F), U+202A..U+202E (E2 80 AA..AE),
     * U+2066..U+2069 (E2 81 A6..A9).
     */
    private static boolean unsafe(int b0, int b1, int b2) {
        return switch (b0) {
            case 0xC2 -> b1 <= 0x9F;
            case 0xD8 -> b1 == 0x9C;
            case 0xE2 -> (b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE)))
                    || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9);
            default -> false;
        };
    }

    private String number() {
        ensure(MAX_NUMBER + 1);
        int start = pos;
        int i = pos;
        if (at(i) == '-') i++;
        if (at(i) == '0') i++;
        else if (at(i) >= '1' && at(i) <= '9') i = digits(i);
        else throw giveUp("bad number");
        if (at(i) == '.') {
            if (!isDigit(at(i + 1))) throw giveUp("bad fraction");
            i = digits(i + 1);
        }
        if (at(i) == 'e' || at(i) == 'E') {
            i++;
            if (at(i) == '+' || at(i) == '-') i++;
            if (!isDigit(at(i))) throw giveUp("bad exponent");
            i = digits(i);
        }
        if (i - start > MAX_NUMBER || !isDelimiter(at(i))) throw giveUp("number too long or not followed by a delimiter");
        pos = i;
        return new String(buf, start, i - start, StandardCharsets.ISO_8859_1);
    }

    private int digits(int i) {
        while (isDigit(at(i))) i++;
        return i;
    }

    private void keyword(String word) {
        ensure(word.length() + 1);
        for (int k = 0; k < word.length(); k++) if (at(pos + k) != word.charAt(k)) throw giveUp("bad literal");
        if (!isDelimiter(at(pos + word.length()))) throw giveUp("bad literal");
        pos += word.length();
    }

    /** The byte at {@code i}, or -1 past the data in the buffer (which {@link #ensure} filled). */
    private int at(int i) { return i < limit ? buf[i] & 0xFF : -1; }

    private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    private static boolean isDelimiter(int c) {
        return c < 0 || c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    /** The first byte of the next token after white space, not consumed; -1 at the end. */
    private int peekToken() {
        while (true) {
            while (pos < limit) {
                byte b = buf[pos];
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return b & 0xFF;
                pos++;
            }
            refill(pos);
            if (pos == limit) return -1;
        }
    }

    /** Makes at least {@code n} bytes available from {@code pos} unless the input ends first; returns how many are. */
    private int ensure(int n) {
        while (limit - pos < n && !eof) refill(pos);
        return limit - pos;
    }

    /**
     * Reads more input, keeping the bytes from {@code keep} on (moved to the front, the buffer grown
     * when they fill it). Returns how far the kept bytes moved towards 0.
     */
    private int refill(int keep) {
        if (eof) return 0;
        int shift = keep;
        if (shift > 0) {
            System.arraycopy(buf, keep, buf, 0, limit - keep);
            limit -= shift;
            pos -= shift;
        }
        if (limit == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) eof = true;
            else limit += n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shift;
    }

    private static GiveUp giveUp(String why) { return new GiveUp(why); }
}
