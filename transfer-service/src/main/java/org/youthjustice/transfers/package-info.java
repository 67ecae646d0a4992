/** YOT-to-YOT transfers and caretaking between authorities. */
package org.youthjustice.transfers;
