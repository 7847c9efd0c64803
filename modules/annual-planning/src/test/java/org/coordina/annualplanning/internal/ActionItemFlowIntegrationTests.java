package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityOrigin;
import org.coordina.meetings.events.ActionItemAgreed;
import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** A meeting's action item becomes a proposal in its year's backlog, and an adopted activity leads back to the meeting. */
@ApplicationModuleTest
class ActionItemFlowIntegrationTests {

    private static final int YEAR = 2095;

    private static final CommissionCode CODE = new CommissionCode("AIF");

    @Autowired
    PlanningCycles cycles;

    @Autowired
    Backlog backlog;

    @Autowired
    ProposalList proposals;

    @Autowired
    ActivityPlanning activities;

    @Test
    void anAgreedActionItemIsProposedOnceToItsOwnerAndAdoptedWithTheLinkBackToTheMeeting(Scenario scenario) {
        scenario.publish(new CommissionEstablished(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), 1, CODE, "МКБТХ Тест",
                "LCCTHB Test", "Test", "Test Province", LocalDate.of(2010, 1, 1), CommissionStatus.ACTIVE))
                .andWaitForStateChange(() -> proposals.page(YEAR, Party.of(CODE), null, Pageable.unpaged()))
                .andVerify(page -> assertThat(page).isEmpty());
        var meetingId = UUID.randomUUID();
        var itemId = UUID.randomUUID();
        var agreed = new ActionItemAgreed(UUID.randomUUID(), Instant.now(), meetingId, 3, itemId, new Party(CODE.value()),
                YEAR, "III", "Обучение на местните специалисти", "Training of local professionals", LocalDate.of(YEAR, 6, 30));

        // The item arrives before its year's cycle exists: the proposal waits for it; a redelivery adds nothing.
        scenario.publish(agreed)
                .andWaitForStateChange(() -> proposals.page(YEAR, Party.of(CODE), null, Pageable.unpaged()).getContent(),
                        list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).singleElement().satisfies(entry -> {
                    assertThat(entry.origin()).isEqualTo(ProposalOrigin.MEETING_ACTION_ITEM);
                    assertThat(entry.originId()).isEqualTo(itemId);
                    assertThat(entry.originMeetingId()).isEqualTo(meetingId);
                    assertThat(entry.sectionCode()).isEqualTo("III");
                    assertThat(entry.titleEn()).isEqualTo("Training of local professionals");
                }));
        new ActionItemListener(backlog).on(agreed);
        assertThat(proposals.page(YEAR, Party.of(CODE), null, Pageable.unpaged()).getTotalElements()).isEqualTo(1);

        var cycle = cycles.draft(YEAR, null, null);
        cycles.open(YEAR, cycle.getVersion());
        var proposal = proposals.page(YEAR, Party.of(CODE), null, Pageable.unpaged()).getContent().get(0);
        var activity = backlog.adopt(YEAR, Party.of(CODE), proposal.id(), proposal.version(), null);

        assertThat(activity.getOrigin()).isEqualTo(ActivityOrigin.PROPOSAL);
        assertThat(activity.getSectionCode()).isEqualTo("III");
        var origin = backlog.find(YEAR, Party.of(CODE), activity.getOriginProposalId());
        assertThat(origin.getOriginMeetingId()).isEqualTo(meetingId);
        assertThat(origin.getOriginId()).isEqualTo(itemId);
        assertThat(activities.find(YEAR, Party.of(CODE), activity.getId()).getOriginProposalId()).isEqualTo(proposal.id());
    }
}
