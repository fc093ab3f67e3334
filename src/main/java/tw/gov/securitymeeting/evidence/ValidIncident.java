package tw.gov.securitymeeting.evidence;

import java.time.Instant;

/** An incident report that passed every check. */
record ValidIncident(
    String description, Instant occurredAt, Instant awareAt, String systems, String reporter, String unitId, int level) {}
