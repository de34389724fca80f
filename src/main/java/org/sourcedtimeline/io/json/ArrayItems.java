package org.sourcedtimeline.io.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sourcedtimeline.io.Location;

/**
 * The items of the array a {@link JsonPull} has just begun, each read as a located tree, until the
 * array's end (which is consumed). While items are being taken the reader belongs to this object;
 * after the last item or {@link #close} it is the caller's again.
 */
public abstract sealed class ArrayItems implements AutoCloseable {
    /** Items handed from the reading thread at a time: few enough hand-overs to cost nothing. */
    static final int BATCH = 256;

    private ArrayItems() {}

    /** The next item, or null after the last one. */
    public abstract JsonNode next() throws IOException, JsonSyntaxProblem;

    /** Stops reading and waits until the reader is no longer in use. */
    @Override
    public abstract void close();

    /** Items read on the calling thread, one at a time. */
    public static ArrayItems inline(JsonPull r, Location array) { return new Inline(r, array); }

    /**
     * Items read ahead on a second thread while the caller decodes the ones before: on a large model
     * parsing and decoding each take about half of the work, and the two cores can share it.
     */
    public static ArrayItems readAhead(JsonPull r, Location array) { return new ReadAhead(r, array); }

    private static final class Inline extends ArrayItems {
        private final JsonPull r;
        private final Location array;
        private int index;
        private boolean done;

        Inline(JsonPull r, Location array) {
            this.r = r;
            this.array = array;
        }

        @Override
        public JsonNode next() throws IOException, JsonSyntaxProblem {
            if (done) return null;
            if (!r.hasNext()) {
                done = true;
                r.endArray();
                return null;
            }
            return r.readValue(array.item(index++), 2);
        }

        @Override
        public void close() { }
    }

    private static final class ReadAhead extends ArrayItems {
        /** What the reading thread hands over after the last batch: the end of the array, or why it stopped. */
        private record End(Throwable failure) {}

        /** Tells the reading thread that nobody takes its items any more. */
        private static final class Stopped extends RuntimeException {
            Stopped() { super(null, null, false, false); }
        }

        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        private final Thread reading;
        private volatile boolean closed;
        private Iterator<JsonNode> batch = List.<JsonNode>of().iterator();
        private boolean done;

        ReadAhead(JsonPull r, Location array) {
            reading = new Thread(() -> read(r, array), "model-read-ahead");
            reading.setDaemon(true);
            reading.start();
        }

        private void read(JsonPull r, Location array) {
            Throwable failure = null;
            List<JsonNode> items = new ArrayList<>(BATCH);
            try {
                for (int i = 0; r.hasNext(); i++) {
                    items.add(r.readValue(array.item(i), 2));
                    if (items.size() == BATCH) {
                        hand(items);
                        items = new ArrayList<>(BATCH);
                    }
                }
                r.endArray();
            } catch (Stopped s) {
                return;
            } catch (Throwable t) {
                failure = t;
            }
            try {
                // The items before a failure come first, as they would from the reader itself.
                if (!items.isEmpty()) hand(items);
                hand(new End(failure));
            } catch (Stopped s) {
                // Closed meanwhile: nobody wants to know.
            }
        }

        private void hand(Object o) {
            if (closed) throw new Stopped();
            try {
                while (!queue.offer(o, 20, TimeUnit.MILLISECONDS)) {
                    if (closed) throw new Stopped();
                }
            } catch (InterruptedException e) {
                throw new Stopped();
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonNode next() throws IOException, JsonSyntaxProblem {
            while (!batch.hasNext()) {
                if (done) return null;
                Object o;
                try {
                    o = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while reading the model", e);
                }
                if (o instanceof End end) {
                    done = true;
                    join();
                    Throwable t = end.failure();
                    if (t == null) return null;
                    if (t instanceof IOException io) throw io;
                    if (t instanceof JsonSyntaxProblem p) throw p;
                    if (t instanceof RuntimeException re) throw re;
                    if (t instanceof Error err) throw err;
                    throw new IllegalStateException(t);
                }
                batch = ((List<JsonNode>) o).iterator();
            }
            return batch.next();
        }

        @Override
        public void close() {
            closed = true;
            queue.clear();
            join();
        }

        private void join() {
            boolean interrupted = false;
            while (reading.isAlive()) {
                try {
                    reading.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
