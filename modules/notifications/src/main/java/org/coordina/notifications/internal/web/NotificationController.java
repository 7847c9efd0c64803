package org.coordina.notifications.internal.web;

import java.util.List;
import java.util.UUID;

import org.coordina.notifications.internal.Inbox;
import org.coordina.notifications.internal.MailReport;
import org.coordina.notifications.internal.NotificationEntry;
import org.coordina.notifications.internal.Preferences;
import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.Responses;
import org.coordina.sharedkernel.web.SortableBy;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/**
 * The signed-in user's own notifications and preference; nobody reads or marks another's (another's id is not
 * found). The national administrator also sees which addresses keep failing.
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Validated
class NotificationController {

    private final Inbox inbox;

    private final Preferences preferences;

    private final MailReport mailReport;

    NotificationController(Inbox inbox, Preferences preferences, MailReport mailReport) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.mailReport = mailReport;
    }

    @GetMapping
    InboxView list(@SortableBy("createdAt") @PageableDefault(size = 20, sort = "createdAt",
            direction = Sort.Direction.DESC) Pageable pageable, Authentication authentication) {
        var username = authentication.getName();
        return new InboxView(inbox.unread(username),
                new PagedModel<>(inbox.page(username, pageable).map(NotificationController::view)));
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(@PathVariable UUID id, Authentication authentication) {
        inbox.markRead(authentication.getName(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    ResponseEntity<Void> markAllRead(Authentication authentication) {
        inbox.markAllRead(authentication.getName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/preference")
    ResponseEntity<PreferenceView> preference(Authentication authentication) {
        var preference = preferences.of(authentication.getName());
        return Responses.withEtag(preference.version(), new PreferenceView(preference.delivery(), preference.language()));
    }

    @PutMapping("/preference")
    ResponseEntity<PreferenceView> changePreference(@ExpectedVersion long version,
            @Valid @RequestBody PreferenceRequest request, Authentication authentication) {
        var preference = preferences.change(authentication.getName(), version, request.delivery(), request.language());
        return Responses.withEtag(preference.version(), new PreferenceView(preference.delivery(), preference.language()));
    }

    @GetMapping("/failing-addresses")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    List<FailingAddressView> failingAddresses() {
        return mailReport.failing().stream()
                .map(failing -> new FailingAddressView(failing.username(), failing.attempts(), failing.lastError()))
                .toList();
    }

    private static NotificationView view(NotificationEntry entry) {
        return new NotificationView(entry.id(), entry.kind(), entry.title(), entry.body(), entry.link(),
                entry.createdAt(), entry.readAt() != null);
    }
}
