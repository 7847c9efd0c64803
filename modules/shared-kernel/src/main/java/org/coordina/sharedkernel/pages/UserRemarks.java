package org.coordina.sharedkernel.pages;

import java.util.Collection;
import java.util.Map;

/** What a module has to say about user accounts on the administrator's users pages (e.g. "mail failing"), by username. */
public interface UserRemarks {

    /**
     * The remark's message code per username, for those of {@code usernames} the module has a remark on (one
     * set-based look-up for a whole page); an empty map when it has none.
     */
    Map<String, String> remarksOn(Collection<String> usernames);
}
