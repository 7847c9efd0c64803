package org.coordina.annualplanning.internal;

import org.coordina.meetings.events.ActionItemAgreed;
import org.coordina.sharedkernel.domain.Party;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns each action item agreed at a meeting into a proposal in its target year's backlog, for its responsible owner. */
@Component
class ActionItemListener {

    private final Backlog backlog;

    ActionItemListener(Backlog backlog) {
        this.backlog = backlog;
    }

    @ApplicationModuleListener(id = "annualplanning.backlog.action-item-agreed")
    void on(ActionItemAgreed event) {
        backlog.proposeActionItem(event.targetYear(), Party.parse(event.responsible().value()), event.meetingId(),
                event.itemId(), event.sectionCode(), event.descriptionBg(), event.descriptionEn());
    }
}
