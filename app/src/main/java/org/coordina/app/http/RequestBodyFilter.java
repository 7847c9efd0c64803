package org.coordina.app.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.coordina.webconventions.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body before anyone reads it: a declared length over the limit is refused at
 * once (413), and a body without a declared length stops being read at the limit (413 too, by
 * {@link RequestBodyProblems}). The API reads JSON only: a body of another type is a 415, so that
 * formats nobody documented (YAML) are not parsed.
 */
class RequestBodyFilter extends OncePerRequestFilter {

    private final RequestBodyLimit limit;

    private final ProblemWriter problems;

    RequestBodyFilter(RequestBodyLimit limit, ProblemWriter problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        boolean hasBody = declared > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (!hasBody) {
            chain.doFilter(request, response);
            return;
        }
        if (declared > limit.maximumBytes()) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "problem.payloadTooLarge");
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") && !isJson(request.getContentType())) {
            problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "problem.jsonOnly");
            return;
        }
        chain.doFilter(new Bounded(request, limit.maximumBytes()), response);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            var type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.isCompatibleWith(type) && !type.isWildcardType() && !type.isWildcardSubtype()
                    || "application".equals(type.getType()) && type.getSubtype().endsWith("+json");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The request with a body stream that fails once more than the limit has been read. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;

        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream delegate;

        private final long limit;

        private long read;

        CountingStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new RequestBodyLimit.Exceeded(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
