package org.coordina.annualplanning.internal.web;

import jakarta.validation.constraints.Size;

/** Adopting a proposal: optionally the programme section of the new activity (else the proposal's). */
record AdoptProposalRequest(@Size(max = 8) String sectionCode) {
}
