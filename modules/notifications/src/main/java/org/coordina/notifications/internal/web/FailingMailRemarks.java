package org.coordina.notifications.internal.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.coordina.notifications.internal.MailReport;
import org.coordina.sharedkernel.pages.UserRemarks;
import org.springframework.stereotype.Component;

/** Marks the accounts whose mails keep failing on the administrator's users pages, for their address to be checked. */
@Component
class FailingMailRemarks implements UserRemarks {

    static final String MAIL_FAILING = "notifications.remark.mailFailing";

    private final MailReport mailReport;

    FailingMailRemarks(MailReport mailReport) {
        this.mailReport = mailReport;
    }

    @Override
    public Map<String, String> remarksOn(Collection<String> usernames) {
        var remarks = new HashMap<String, String>();
        mailReport.failingAmong(usernames).forEach(username -> remarks.put(username, MAIL_FAILING));
        return remarks;
    }
}
