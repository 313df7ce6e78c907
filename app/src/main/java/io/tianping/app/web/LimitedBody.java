package io.tianping.app.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * A request whose body stops being read past a limit: for bodies sent without a Content-Length (chunked), which
 * {@link RequestLimitsFilter} cannot refuse before reading. Reading past the limit throws {@link TooLarge}, which the
 * error model answers with 413.
 */
final class LimitedBody extends HttpServletRequestWrapper {

    /** The body went past the limit while it was read. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("The body is over %d bytes; at most %d are accepted.".formatted(limit, limit));
        }
    }

    private final long limit;
    private ServletInputStream body;

    LimitedBody(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            body = new Counting(super.getInputStream(), limit);
        }
        return body;
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int bytes) throws TooLarge {
            read += bytes;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
