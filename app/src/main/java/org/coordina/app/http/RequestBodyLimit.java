package org.coordina.app.http;

import java.io.IOException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body Coordina reads ({@code coordina.http.max-body-size}, 1 MB by default):
 * JSON documents of this application are a few kilobytes, and an unbounded body costs heap.
 *
 * @param maxBodySize the limit
 */
@ConfigurationProperties("coordina.http")
record RequestBodyLimit(@DefaultValue("1MB") DataSize maxBodySize) {

    long maximumBytes() {
        return maxBodySize.toBytes();
    }

    /** Thrown by the request stream when a body without a declared length grows beyond the limit. */
    static final class Exceeded extends IOException {

        Exceeded(long limit) {
            super("Request body larger than " + limit + " bytes");
        }
    }
}
