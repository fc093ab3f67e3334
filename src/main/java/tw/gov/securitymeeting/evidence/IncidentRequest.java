package tw.gov.securitymeeting.evidence;

/**
 * An incident report as sent to {@code POST /api/incidents} or the Tasklist start form. Times are
 * ISO date-times; without an offset they are Taipei time.
 */
record IncidentRequest(
    String description, String occurredAt, String awareAt, String systems, String reporter, String unit, Object level) {}
