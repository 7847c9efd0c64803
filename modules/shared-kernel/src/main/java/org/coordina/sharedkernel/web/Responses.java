package org.coordina.sharedkernel.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The answers of a handler that returns one versioned resource: the body with its {@code ETag}, or
 * {@code 201 Created} with the {@code Location} (an absolute path) of the new resource below the
 * request's path.
 */
public final class Responses {

    private Responses() {
    }

    /** 200 with the resource and the ETag of its version. */
    public static <T> ResponseEntity<T> withEtag(long version, T body) {
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
    }

    /**
     * 201 with the new resource, its ETag and its {@code Location}: the request's URI followed by the
     * new resource's id (or code).
     */
    public static <T> ResponseEntity<T> created(Object id, long version, T body) {
        // A path without scheme and host, so that it holds behind any proxy.
        var requestPath = ServletUriComponentsBuilder.fromCurrentRequestUri().build().getPath();
        var location = UriComponentsBuilder.fromPath(requestPath).path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).eTag(Versions.etag(version)).body(body);
    }
}
