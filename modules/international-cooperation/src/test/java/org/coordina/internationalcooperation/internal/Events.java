package org.coordina.internationalcooperation.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.test.util.ReflectionTestUtils;

/** The events an aggregate registered and saving would publish (Spring Data keeps them protected). */
final class Events {

    private Events() {
    }

    static List<Object> of(AbstractAggregateRoot<?> aggregate) {
        Collection<?> registered = ReflectionTestUtils.invokeMethod(aggregate, "domainEvents");
        return List.copyOf(registered);
    }

    static void clear(AbstractAggregateRoot<?> aggregate) {
        ReflectionTestUtils.invokeMethod(aggregate, "clearDomainEvents");
    }
}
