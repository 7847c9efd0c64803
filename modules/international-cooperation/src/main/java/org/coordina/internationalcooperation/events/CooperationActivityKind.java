package org.coordina.internationalcooperation.events;

/** What kind of cooperation an activity is; a transnational referral records counts and countries only. */
public enum CooperationActivityKind {
    JOINT_PROJECT, STUDY_VISIT, CONFERENCE, WORKING_MEETING, INFORMATION_EXCHANGE, TRANSNATIONAL_REFERRAL, JOINT_CAMPAIGN
}
