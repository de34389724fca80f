package org.sourcedtimeline.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.Location;

/** Items read ahead on a second thread are the items read inline, in order, and the reader is handed back. */
class ArrayItemsTest {
    private static final Location ARRAY = Location.path("$.quotes");

    private static String array(int n) {
        StringBuilder sb = new StringBuilder("{\"quotes\":[");
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : ",").append("{\"id\":\"q").append(i).append("\",\"n\":").append(i).append('}');
        return sb.append("],\"after\":true}").toString();
    }

    private static Utf8JsonPull atArray(String json) throws Exception {
        return atArray(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Utf8JsonPull atArray(InputStream in) throws Exception {
        Utf8JsonPull r = new Utf8JsonPull(in);
        r.expectValue();
        r.beginObject();
        assertEquals("quotes", r.nextName());
        r.beginArray();
        return r;
    }

    private static List<JsonNode> all(ArrayItems items) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n = items.next(); n != null; n = items.next()) out.add(n);
        assertNull(items.next(), "stays at the end");
        return out;
    }

    @Test
    void readAheadGivesTheInlineItemsInOrderAndHandsTheReaderBack() throws Exception {
        String json = array(ArrayItems.BATCH * 3 + 17);
        Utf8JsonPull inlineReader = atArray(json);
        List<JsonNode> inline;
        try (ArrayItems items = ArrayItems.inline(inlineReader, ARRAY)) {
            inline = all(items);
        }
        Utf8JsonPull aheadReader = atArray(json);
        List<JsonNode> ahead;
        try (ArrayItems items = ArrayItems.readAhead(aheadReader, ARRAY)) {
            ahead = all(items);
        }
        assertEquals(ArrayItems.BATCH * 3 + 17, ahead.size());
        assertEquals(inline, ahead);
        assertEquals("$.quotes[700]", ahead.get(700).at().path());
        assertEquals("after", aheadReader.nextName(), "the array's end was consumed, the reader is back after it");
        assertTrue(((JsonNode.Bool) aheadReader.readValue(Location.NONE, 1)).value());
        aheadReader.endObject();
        aheadReader.expectEnd();
    }

    @Test
    void anEmptyArrayHasNoItems() throws Exception {
        try (ArrayItems items = ArrayItems.readAhead(atArray(array(0)), ARRAY)) {
            assertTrue(all(items).isEmpty());
        }
    }

    @Test
    void whereTheReaderGivesUpTheItemsBeforeComeFirst() throws Exception {
        String json = array(ArrayItems.BATCH * 2).replace("{\"id\":\"q300\"", "{\"id\":q300");
        try (ArrayItems items = ArrayItems.readAhead(atArray(json), ARRAY)) {
            for (int i = 0; i < 300; i++) assertEquals("$.quotes[" + i + "]", items.next().at().path());
            assertThrows(Utf8JsonPull.GiveUp.class, items::next);
        }
    }

    @Test
    void aFailureToReadComesOutOfNext() throws Exception {
        byte[] bytes = array(2000).getBytes(StandardCharsets.UTF_8);
        InputStream failing = new ByteArrayInputStream(bytes) {
            private int served;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (served > 20_000) throw new java.io.UncheckedIOException(new IOException("disk gone"));
                int n = super.read(b, off, Math.min(len, 4096));
                served += Math.max(n, 0);
                return n;
            }
        };
        try (ArrayItems items = ArrayItems.readAhead(atArray(failing), ARRAY)) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> all(items));
            assertTrue(String.valueOf(e.getCause()).contains("disk gone"), String.valueOf(e));
        }
    }

    @Test
    void closingEarlyStopsTheReadingThread() throws Exception {
        CountDownLatch blocked = new CountDownLatch(1);
        Thread[] reader = new Thread[1];
        InputStream slow = new ByteArrayInputStream(array(50_000).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (Thread.currentThread().getName().equals("model-read-ahead")) {
                    reader[0] = Thread.currentThread();
                    blocked.countDown();
                }
                return super.read(b, off, Math.min(len, 512));
            }
        };
        ArrayItems items = ArrayItems.readAhead(atArray(slow), ARRAY);
        items.next();
        blocked.await();
        items.close();
        assertFalse(reader[0].isAlive(), "close waits until the reader is no longer in use");
    }
}
