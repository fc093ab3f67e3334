package tw.gov.securitymeeting.specialperiod;

/**
 * A 危安狀況 as a client or the start form sends it: what, where, when (ISO, Taipei time without an
 * offset), whether it concerns this agency, its kind, the unit that learned of it, who reports it,
 * and for another agency's situation the 主管機關 that was notified.
 */
record SituationRequest(
    String kind, Object ownAgency, String description, String place, String occurredAt, String unit, String reporter,
    String notifiedAuthority) {}
