package org.youthjustice.reporting.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimelinessCsvTest {

    @Test
    @DisplayName("CSV: a suppressed count reads 'fewer than 5'; a reason that would be a formula stays text; commas quoted")
    void csv() {
        TimelinessRow row = new TimelinessRow("MIL-4", "reading", null, false, "2026-11", 8L, 7L, null, null, null, null,
                List.of(new TimelinessRow.ReasonCount("=HYPERLINK(\"x\"), bad", 5L, false)), null,
                List.of("metLate", "overdue", "notYetDue", "notApplicable"));
        String[] lines = TimelinessCsv.write(List.of(row)).split("\r\n");
        assertThat(lines[0]).isEqualTo(TimelinessCsv.HEADER);
        assertThat(lines[1]).isEqualTo("2026-11,MIL-4,reading,,8,7,fewer than 5,fewer than 5,fewer than 5,fewer than 5,,"
                + "\"'=HYPERLINK(\"\"x\"\"), bad: 5\"");
    }
}
