package org.coordina.annualplanning.internal.web;

import java.util.UUID;

import org.coordina.annualplanning.internal.Backlog;
import org.coordina.sharedkernel.pages.PageController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The planning proposal a meeting's action item became, found by the item's id: the meetings' pages link here, since
 * meetings cannot know the proposal (annual planning depends on meetings, not the other way round). Whoever may read
 * the owner's plan may read it.
 */
@PageController
@RequestMapping("/planning/action-items")
class ActionItemProposalPages {

    private final Backlog backlog;

    private final PlanAccess access;

    ActionItemProposalPages(Backlog backlog, PlanAccess access) {
        this.backlog = backlog;
        this.access = access;
    }

    @GetMapping("/{itemId}/proposal")
    String proposal(@PathVariable UUID itemId, Model model) {
        var proposal = backlog.fromActionItem(itemId);
        if (!access.canRead(proposal.getOwner())) {
            throw new AccessDeniedException("No access to the plan of " + proposal.getOwner());
        }
        model.addAttribute("proposal", proposal);
        return "annualplanning/action-item-proposal";
    }
}
