package tw.gov.securitymeeting.evidence;

import java.time.Instant;
import java.util.List;

/** What {@code GET /api/incidents/{id}} answers. Times are ISO instants, with 民國 text beside the main ones. */
final class IncidentViews {

  private IncidentViews() {}

  record Incident(
      long id, String status, String statusLabel, String processInstanceId, String description, Instant occurredAt,
      Instant awareAt, String awareAtText, String systems, String reporter, String unit, String unitName, int level,
      Instant notifyDeadline, Instant recoveryDeadline, Notification notification, Instant recoveredAt, List<Person> members,
      List<Part> report, List<Step> timeline, List<Item> evidence, Instant closedAt) {}

  record Notification(String channel, String reference, Instant notifiedAt, Boolean deadlineMet) {}

  record Person(String id, String name) {}

  record Part(String key, String title, String text) {}

  record Step(
      String step, String name, Instant createdAt, Instant dueAt, Instant completedAt, String completedBy, Boolean deadlineMet,
      String note) {}

  record Item(
      long id, String description, String sourceDevice, String method, String sha256, String fileName, Long fileSize,
      boolean storedFile, String acquiredBy, Instant acquiredAt, String recordedBy, Instant recordedAt, List<Custody> custody) {}

  record Custody(
      int seq, Instant handedAt, String handedBy, String receivedBy, String reason, String location, String recordedBy,
      Instant recordedAt, String prevHash, String entryHash) {}

  record Listed(
      long id, String status, String statusLabel, String description, String unit, String unitName, int level, Instant awareAt,
      Instant notifyDeadline, Instant notifiedAt, Instant recoveryDeadline, Instant recoveredAt, Instant closedAt) {}

  record Page(List<Listed> rows, int total) {}

  record Registered(long id, String processInstanceId, Instant notifyDeadline, Instant recoveryDeadline) {}

  /** Met when done by the deadline; missed when done later or still open after it; null while it may still be met. */
  static Boolean met(Instant due, Instant done, Instant now) {
    if (due == null) {
      return null;
    }
    if (done != null) {
      return !done.isAfter(due);
    }
    return now.isAfter(due) ? Boolean.FALSE : null;
  }

  static Custody custody(EvidenceRepository.CustodyRow row) {
    return new Custody(row.seq(), row.handedAt(), row.handedBy(), row.receivedBy(), row.reason(), row.location(), row.recordedBy(),
        row.recordedAt(), row.prevHash(), row.entryHash());
  }

  static Item item(EvidenceRepository.ItemRow row, List<EvidenceRepository.CustodyRow> chain) {
    return new Item(row.id(), row.description(), row.sourceDevice(), row.method(), row.sha256(), row.fileName(), row.fileSize(),
        row.filePath() != null, row.acquiredBy(), row.acquiredAt(), row.recordedBy(), row.recordedAt(),
        chain.stream().map(IncidentViews::custody).toList());
  }
}
