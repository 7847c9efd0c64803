package org.coordina.internationalcooperation.internal.web;

import java.util.List;

import org.coordina.internationalcooperation.internal.CooperationDirectory;
import org.coordina.internationalcooperation.internal.DeadlineTags;
import org.coordina.sharedkernel.pages.AttentionItem;
import org.coordina.sharedkernel.pages.AttentionSource;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.SignedInUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * International cooperation's part of the home page, for the national admin and experts (who submit the reports):
 * the reporting deadlines not yet met that are overdue or fall due within the module's due-soon window.
 */
@Component
class ObligationAttention implements AttentionSource {

    private static final int SHOWN = 5;

    private final CooperationDirectory directory;

    private final DeadlineTags tags;

    ObligationAttention(CooperationDirectory directory, DeadlineTags tags) {
        this.directory = directory;
        this.tags = tags;
    }

    @Override
    public String headingCode() {
        return "internationalcooperation.page.attention.heading";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<AttentionItem> attentionFor(SignedInUser user) {
        if (!user.roles().contains(Role.NATIONAL_ADMIN) && !user.roles().contains(Role.NATIONAL_EXPERT)) {
            return List.of();
        }
        var english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return directory.openDeadlinesDueBy(tags.dueSoonHorizon(), SHOWN).stream()
                .map(deadline -> new AttentionItem("internationalcooperation.page.attention.due",
                        List.of(english ? deadline.titleEn() : deadline.titleBg()), "/cooperation/obligations",
                        deadline.dueOn(), tags.deadline(deadline.status(), deadline.dueOn()) == DeadlineTags.Tag.OVERDUE))
                .toList();
    }
}
