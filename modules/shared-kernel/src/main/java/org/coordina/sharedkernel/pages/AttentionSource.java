package org.coordina.sharedkernel.pages;

import java.util.List;

import org.coordina.sharedkernel.security.SignedInUser;

/**
 * A module's part of the home page ("what needs my attention"): a bean of the module answers, from its own
 * application services or read models, what this user should deal with now. The home page lists the items of
 * every source, in the order of {@link #order()}.
 */
public interface AttentionSource {

    /** The heading's message code of this module's section on the home page. */
    String headingCode();

    /** Where the section sits (lower first). */
    int order();

    /** The items for this user; empty when there is nothing (the section is then left out). */
    List<AttentionItem> attentionFor(SignedInUser user);
}
