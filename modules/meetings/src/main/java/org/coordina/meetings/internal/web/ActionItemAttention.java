package org.coordina.meetings.internal.web;

import java.util.List;
import java.util.Optional;

import org.coordina.meetings.internal.ActionItemDirectory;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.pages.AttentionItem;
import org.coordina.sharedkernel.pages.AttentionSource;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.SignedInUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The home page's "action items assigned to my commission": the open items a meeting made the user's commission
 * responsible for (of the meetings it may read), or, for the national admin and experts, the national ones; each
 * links to the meeting that agreed it, with its due date.
 */
@Component
class ActionItemAttention implements AttentionSource {

    private static final int SHOWN = 5;

    private final ActionItemDirectory items;

    private final MeetingAccess access;

    ActionItemAttention(ActionItemDirectory items, MeetingAccess access) {
        this.items = items;
        this.access = access;
    }

    @Override
    public String headingCode() {
        return "meetings.page.attention.actionItems";
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public List<AttentionItem> attentionFor(SignedInUser user) {
        var english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return responsible(user).stream()
                .flatMap(party -> items.openFor(party, party.commission(), SHOWN).stream())
                .map(item -> new AttentionItem("meetings.page.attention.actionItem",
                        List.of(english ? item.descriptionEn() : item.descriptionBg(),
                                english ? item.meetingTitleEn() : item.meetingTitleBg()),
                        MeetingPages.PATH + "/" + item.meetingId() + "#action-items", item.dueDate(), false))
                .toList();
    }

    /** The party whose items the user follows up: national for national staff, the own commission for its users. */
    private Optional<Party> responsible(SignedInUser user) {
        if (user.roles().contains(Role.NATIONAL_ADMIN) || user.roles().contains(Role.NATIONAL_EXPERT)) {
            return Optional.of(Party.NATIONAL);
        }
        return access.localCommission().map(CommissionCode::value).map(Party::new);
    }
}
