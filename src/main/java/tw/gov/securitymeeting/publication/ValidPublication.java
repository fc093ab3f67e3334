package tw.gov.securitymeeting.publication;

import java.time.LocalDate;
import java.util.List;

/** A notice that passed every check, ready to be stored and reviewed. */
record ValidPublication(String title, String noticeText, String targetUrl, String unit, LocalDate desiredDate,
    LocalDate eventEndDate, List<Upload> attachments) {

  /** One uploaded attachment whose real type fits its name. */
  record Upload(String filename, String mediaType, byte[] content) {}
}
