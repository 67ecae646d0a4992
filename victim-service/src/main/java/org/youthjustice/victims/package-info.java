/**
 * Restorative justice victim contact; the only holder of victims' personal data.
 *
 * <p>Packages depend one way (ArchitectureTest). Where a lower package must reach a higher one it fires a CDI event:
 * <ul>
 * <li>{@code cases.TimeLimitEvents.HolderChanged}: the case has a new restorative justice worker or team, so contact
 * sends its open tasks' time limits again (the time limits themselves it sends through {@code cases.TimeLimitEvents}).</li>
 * </ul>
 */
package org.youthjustice.victims;
