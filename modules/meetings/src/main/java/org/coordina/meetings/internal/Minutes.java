package org.coordina.meetings.internal;

/** The minutes of a meeting and its conclusions, in both languages; published when the meeting closes. */
public record Minutes(String textBg, String textEn, String conclusionsBg, String conclusionsEn) {

    /** Blank texts are absent. */
    public Minutes {
        textBg = MeetingDetails.blankToNull(textBg);
        textEn = MeetingDetails.blankToNull(textEn);
        conclusionsBg = MeetingDetails.blankToNull(conclusionsBg);
        conclusionsEn = MeetingDetails.blankToNull(conclusionsEn);
    }

    /** Whether both languages have minutes, as publishing needs. */
    boolean isComplete() {
        return textBg != null && textEn != null;
    }
}
