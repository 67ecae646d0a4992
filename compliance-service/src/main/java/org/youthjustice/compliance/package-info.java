/** Appointments, absences, warnings, compliance meetings, breach and letters. */
package org.youthjustice.compliance;
