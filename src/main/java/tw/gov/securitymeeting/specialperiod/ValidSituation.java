package tw.gov.securitymeeting.specialperiod;

import java.time.Instant;

/** A checked situation report. */
record ValidSituation(
    SituationKind kind, boolean ownAgency, String description, String place, Instant occurredAt, String unitId,
    String reporter, String notifiedAuthority) {}
