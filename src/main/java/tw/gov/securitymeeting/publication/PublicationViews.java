package tw.gov.securitymeeting.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What GET /api/publications answers: the register of every notice reviewed. */
final class PublicationViews {

  private PublicationViews() {}

  record Summary(long id, String title, String unit, String unitName, String drafter, PublicationStatus status,
      String statusLabel, LocalDate desiredDate, LocalDate eventEndDate, int findingCount, boolean blocking,
      String reviewer, String outcome, String reason, String overrideReason, Instant reviewedAt,
      String publishedUrl, Instant publishedAt, LocalDate takeDownOn, LocalDate takeDownDue, boolean takeDownOverdue,
      Instant takenDownAt, Integer takenDownStatus, Instant createdAt, String processInstanceId) {}

  record Attachment(String filename, String mediaType, long size) {}

  record Finding(String kind, String label, String source, String location, String excerpt, boolean blocksApproval) {}

  record Review(int scanRound, String reviewer, String outcome, String reason, String overrideReason,
      Instant reviewedAt) {}

  record Detail(Summary publication, String noticeText, String targetUrl, List<Attachment> attachments,
      List<Finding> findings, List<Review> reviews) {}

  record Page(List<Summary> rows, int total) {}
}
