package org.coordina.integration.internal.web;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.coordina.integration.internal.EventFeed;
import org.coordina.integration.internal.FeedCursor;
import org.coordina.integration.internal.FeedEntry;
import org.coordina.integration.internal.FeedQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP feed of every externalized event, in commit order, for integrators (and national staff and the auditor,
 * who read everything). See docs/integrators.md.
 */
@RestController
@RequestMapping("/api/v1/events")
class EventFeedController {

    /** The most events one page holds. */
    static final int MAX_LIMIT = 500;

    /** The longest long-poll, in seconds: shorter than the usual idle timeouts of proxies and load balancers. */
    static final int MAX_WAIT = 30;

    private final EventFeed feed;

    EventFeedController(EventFeed feed) {
        this.feed = feed;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('INTEGRATOR', 'NATIONAL_ADMIN', 'NATIONAL_EXPERT', 'AUDITOR')")
    FeedPageView events(@RequestParam(required = false) FeedCursor after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(MAX_LIMIT) int limit,
            @RequestParam(required = false) @Size(max = 50) Set<@Pattern(regexp = "[A-Za-z0-9.]{1,200}") String> types,
            @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_WAIT) int wait) throws InterruptedException {
        var page = feed.read(new FeedQuery(after == null ? FeedCursor.START : after, limit,
                types == null ? Set.of() : types, wait));
        return new FeedPageView(page.entries().stream().map(EventFeedController::toView).toList(),
                page.next().toString());
    }

    private static CloudEventView toView(FeedEntry entry) {
        return new CloudEventView("1.0", entry.eventId(), entry.type(), entry.source(), entry.subject(),
                entry.occurredAt(), "application/json", entry.data());
    }
}
