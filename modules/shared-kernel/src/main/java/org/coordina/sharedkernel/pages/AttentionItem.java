package org.coordina.sharedkernel.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something on a user's home page that needs their attention now: a message code with its arguments, the page
 * that deals with it (none while the module has no page for it), an optional date it is due by or takes place on,
 * and whether it is overdue (shown as a red tag).
 */
public record AttentionItem(String messageCode, List<Object> arguments, String path, LocalDate dueOn,
        boolean overdue) {

    public AttentionItem {
        Objects.requireNonNull(messageCode, "messageCode");
        arguments = List.copyOf(arguments);
    }

    /** The message's arguments, as Thymeleaf's message expressions take them. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
