package org.coordina.regionalcommissions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class MemberTests {

    static final UUID COMMISSION = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    static final MemberDetails ANNA = new MemberDetails("Anna", "Regional Police Directorate", "Inspector",
            "anna@police.example.org", "+359 52 000 000", LocalDate.of(2015, 1, 1), null);

    @Test
    void joiningRecordsWhoAndWhereOnTheirCommission() {
        var member = Member.join(COMMISSION, ANNA);

        assertThat(member.getId()).isNotNull().isNotEqualTo(Member.join(COMMISSION, ANNA).getId());
        assertThat(member.getCommissionId()).isEqualTo(COMMISSION);
        assertThat(member.getName()).isEqualTo("Anna");
        assertThat(member.getInstitution()).isEqualTo("Regional Police Directorate");
        assertThat(member.getPosition()).isEqualTo("Inspector");
        assertThat(member.getEmail()).isEqualTo("anna@police.example.org");
        assertThat(member.getPhone()).isEqualTo("+359 52 000 000");
        assertThat(member.getJoinedOn()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(member.getLeftOn()).isNull();
        assertThat(member.getVersion()).isZero();
    }

    @Test
    void updatingReplacesTheDetailsIncludingTheDayTheMemberLeft() {
        var member = Member.join(COMMISSION, ANNA);
        var left = new MemberDetails("Anna Petrova", "District Prosecutor's Office", "Prosecutor", null, null,
                LocalDate.of(2016, 2, 1), LocalDate.of(2020, 12, 31));

        member.update(left);

        assertThat(member.getName()).isEqualTo("Anna Petrova");
        assertThat(member.getInstitution()).isEqualTo("District Prosecutor's Office");
        assertThat(member.getPosition()).isEqualTo("Prosecutor");
        assertThat(member.getEmail()).isNull();
        assertThat(member.getPhone()).isNull();
        assertThat(member.getJoinedOn()).isEqualTo(LocalDate.of(2016, 2, 1));
        assertThat(member.getLeftOn()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(member.getCommissionId()).isEqualTo(COMMISSION);
    }

    @Test
    void aMemberBelongsToACommissionAndHasDetails() {
        assertThatThrownBy(() -> Member.join(null, ANNA)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Member.join(COMMISSION, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Member.join(COMMISSION, ANNA).update(null)).isInstanceOf(NullPointerException.class);
    }
}
