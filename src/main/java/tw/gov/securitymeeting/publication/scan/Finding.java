package tw.gov.securitymeeting.publication.scan;

import java.util.Objects;

/**
 * One finding of the pre-publication scan.
 *
 * @param kind     what was found
 * @param source   the attachment's file name (personal data in it masked) or {@link #NOTICE_TEXT}
 * @param location where in the source, e.g. 「第 3 行」, 「第 2 頁第 5 行」, 「工作表「名冊」儲存格 B2」; empty
 *                 when the finding concerns the whole file
 * @param excerpt  a MASKED excerpt or a short description; never the unmasked personal data
 */
public record Finding(FindingKind kind, String source, String location, String excerpt) {

  /** The source name used for the notice text itself. */
  public static final String NOTICE_TEXT = "公告內文";

  public Finding {
    Objects.requireNonNull(kind, "kind");
    source = source == null ? "" : source;
    location = location == null ? "" : location;
    excerpt = excerpt == null ? "" : excerpt;
  }

  /** The zh-TW label of the kind. */
  public String label() {
    return kind.label();
  }

  /** Source and location in one string, e.g. 「名冊.xlsx，工作表「名冊」」. */
  public String where() {
    return location.isEmpty() ? source : source + "，" + location;
  }

  @Override
  public String toString() {
    return "[" + kind.label() + "] " + where() + (excerpt.isEmpty() ? "" : "：" + excerpt);
  }
}
