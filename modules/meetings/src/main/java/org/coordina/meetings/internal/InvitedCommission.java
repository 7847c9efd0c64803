package org.coordina.meetings.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A commission invited to a meeting, as stored. */
@Table(schema = "meetings", name = "invited_commission")
record InvitedCommission(String code) {
}
