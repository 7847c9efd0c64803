package org.coordina.integration.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a reader of the feed stands: after the event at {@code position}. Opaque to clients (base64 of a
 * versioned text), so the representation may change without breaking them.
 *
 * @param position the feed position of the last event read, 0 before the first
 */
public record FeedCursor(long position) {

    /** Before the first event. */
    public static final FeedCursor START = new FeedCursor(0);

    private static final String PREFIX = "f1:";

    /** Refuses a negative position. */
    public FeedCursor {
        if (position < 0) {
            throw new IllegalArgumentException("A feed position is never negative");
        }
    }

    /** The cursor a client got from the feed; an {@link IllegalArgumentException} (a 400) when it is none. */
    public static FeedCursor valueOf(String text) {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("Not a feed cursor", notBase64);
        }
        if (!decoded.startsWith(PREFIX) || !decoded.substring(PREFIX.length()).matches("\\d{1,18}")) {
            throw new IllegalArgumentException("Not a feed cursor");
        }
        return new FeedCursor(Long.parseLong(decoded.substring(PREFIX.length())));
    }

    /** The opaque text clients pass back as {@code after}. */
    @Override
    public String toString() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }
}
