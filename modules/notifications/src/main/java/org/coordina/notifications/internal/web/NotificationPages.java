package org.coordina.notifications.internal.web;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.coordina.notifications.internal.Inbox;
import org.coordina.sharedkernel.pages.NavigationContributor;
import org.coordina.sharedkernel.pages.NavigationItem;
import org.coordina.sharedkernel.pages.PageController;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.web.SortableBy;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's notifications page: newest first, paged, each marked read on its own or all at once. */
@PageController
@RequestMapping("/notifications")
class NotificationPages implements NavigationContributor {

    private final Inbox inbox;

    NotificationPages(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("notifications.nav", "/notifications", 95, EnumSet.allOf(Role.class)));
    }

    @GetMapping
    String list(@SortableBy("createdAt") @PageableDefault(size = 20, sort = "createdAt",
            direction = Sort.Direction.DESC) Pageable pageable, @RequestParam(required = false) String sort,
            Authentication authentication, Model model) {
        model.addAttribute("page", inbox.page(authentication.getName(), pageable));
        model.addAttribute("unread", inbox.unread(authentication.getName()));
        model.addAttribute("sort", sort == null ? "createdAt,desc" : sort);
        return "notifications/list";
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable UUID id, Authentication authentication) {
        inbox.markRead(authentication.getName(), id);
        return "redirect:/notifications";
    }

    @PostMapping("/read-all")
    String markAllRead(Authentication authentication) {
        inbox.markAllRead(authentication.getName());
        return "redirect:/notifications";
    }
}
