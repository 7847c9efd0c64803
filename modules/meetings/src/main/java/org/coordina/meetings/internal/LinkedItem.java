package org.coordina.meetings.internal;

/** Something a session discusses, by reference (a trend report's id, a plan's year and owner…) and label. */
public record LinkedItem(LinkKind kind, String reference, String label) {

    /** Refuses a link without a reference. */
    public LinkedItem {
        kind = kind == null ? LinkKind.OTHER : kind;
        reference = MeetingDetails.required(reference, "meetings.link.referenceRequired");
        label = MeetingDetails.blankToNull(label);
    }
}
