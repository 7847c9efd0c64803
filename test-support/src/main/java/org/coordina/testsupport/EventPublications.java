package org.coordina.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Reads the event publication registry through Spring Modulith's own repository, with the events
 * deserialised, so that a test asks "was this event delivered to that listener" without knowing the
 * registry's tables or its JSON.
 */
public final class EventPublications {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final EventPublicationRepository registry;

    public EventPublications(EventPublicationRepository registry) {
        this.registry = registry;
    }

    /** The events of this type that this listener completed and that match. */
    public <E> List<E> completed(Class<E> type, String listenerId, Predicate<? super E> matching) {
        return select(registry.findCompletedPublications(), type, listenerId, matching);
    }

    /** The events of this type still waiting for (or failed in) this listener that match. */
    public <E> List<E> incomplete(Class<E> type, String listenerId, Predicate<? super E> matching) {
        return select(registry.findIncompletePublications(), type, listenerId, matching);
    }

    /** Waits until this listener completed a matching event, and returns how many such completions there are. */
    public <E> int awaitCompleted(Class<E> type, String listenerId, Predicate<? super E> matching) {
        await().atMost(PATIENCE).until(() -> !completed(type, listenerId, matching).isEmpty());
        return completed(type, listenerId, matching).size();
    }

    private static <E> List<E> select(List<TargetEventPublication> publications, Class<E> type, String listenerId,
            Predicate<? super E> matching) {
        return publications.stream()
                .filter(publication -> publication.getTargetIdentifier().getValue().equals(listenerId))
                .map(TargetEventPublication::getEvent)
                .filter(type::isInstance)
                .map(type::cast)
                .filter(matching)
                .toList();
    }
}
