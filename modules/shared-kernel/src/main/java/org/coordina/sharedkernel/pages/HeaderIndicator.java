package org.coordina.sharedkernel.pages;

/** A count the layout's header shows the signed-in user with a link (e.g. unread notifications); 0 shows nothing. */
public interface HeaderIndicator {

    /** The message code of the indicator's text; it takes the count as its argument. */
    String labelCode();

    /** The page the indicator links to. */
    String path();

    /** The count for the user with this username. */
    long countFor(String username);
}
