/** Court outcomes, the child's case, orders and requirements, risk levels, and the case plan's milestones. */
package org.youthjustice.orders;
