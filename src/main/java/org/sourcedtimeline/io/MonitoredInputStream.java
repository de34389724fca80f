package org.sourcedtimeline.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Tells a {@link LoadMonitor} how much of a model file has been read, and stops reading when the
 * load is cancelled: reading is most of a load, so progress and cancelling follow it closely.
 */
final class MonitoredInputStream extends FilterInputStream {
    private final LoadMonitor monitor;
    private final long total;
    private final double share;
    private long read;

    /** {@code share}: the part of the whole load's progress that reading this file accounts for. */
    MonitoredInputStream(InputStream in, long total, double share, LoadMonitor monitor) {
        super(in);
        this.monitor = monitor;
        this.total = Math.max(1, total);
        this.share = share;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (monitor.cancelled()) throw new LoadMonitor.Cancelled();
        int n = super.read(b, off, len);
        if (n > 0) {
            read += n;
            monitor.progress(share * Math.min(1.0, (double) read / total));
        }
        return n;
    }
}
