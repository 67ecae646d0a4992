/** Restorative justice victim contact; the only holder of victims' personal data. */
package org.youthjustice.victims;
