package org.coordina.meetings.internal.web;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coordina.meetings.internal.LinkKind;
import org.coordina.meetings.internal.SessionPart;
import org.coordina.sharedkernel.domain.CommissionCode;

/** The whole agenda of a meeting, in order. */
record AgendaRequest(@NotNull @Size(max = 30) List<@Valid @NotNull SessionRequest> sessions) {

    /** One session of the agenda. */
    record SessionRequest(SessionPart part, @NotBlank @Size(max = 300) String titleBg,
            @NotBlank @Size(max = 300) String titleEn, @Size(max = 2000) String purpose,
            @Size(max = 200) String moderator, LocalDateTime startsAt, LocalDateTime endsAt,
            @Size(max = 50) List<@Valid @NotNull SpeakerRequest> speakers,
            @Size(max = 20) List<@Valid @NotNull LinkRequest> links) {
    }

    /** A speaker: a name or role placeholder, the role, and the commission spoken for. */
    record SpeakerRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String role,
            CommissionCode commission) {
    }

    /** An item the session discusses. */
    record LinkRequest(@NotNull LinkKind kind, @NotBlank @Size(max = 200) String reference,
            @Size(max = 300) String label) {
    }
}
