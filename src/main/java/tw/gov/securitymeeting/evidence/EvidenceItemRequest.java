package tw.gov.securitymeeting.evidence;

/**
 * One evidence item: an uploaded file (the system computes its SHA-256) or an image made
 * elsewhere (its SHA-256 entered, 64 hexadecimal digits).
 */
record EvidenceItemRequest(
    String description, String sourceDevice, String method, String sha256, String acquiredBy, String acquiredAt) {}
