/** Allocation of cases to case managers by capacity, band, gender principle and risk, with the evidence of every decision. */
package org.youthjustice.allocation;
