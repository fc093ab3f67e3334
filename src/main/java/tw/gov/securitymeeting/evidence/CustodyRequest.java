package tw.gov.securitymeeting.evidence;

/** One hand-over of an evidence item (移交): who handed it to whom, when, why and where. */
record CustodyRequest(String handedBy, String receivedBy, String reason, String location, String handedAt) {}
