package tw.gov.securitymeeting.publication.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.tika.exception.EncryptedDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The personal-data and hidden-content scan of the pre-publication review (上網公告資訊「複核」).
 *
 * <p>It scans the notice text and every attachment (PDF, ODT, ODS, DOCX, XLSX, plain text; text extracted with
 * Apache Tika) for national ID and resident certificate numbers, mobile and landline numbers, e-mail addresses
 * and birth dates, and reports document authors, comments, tracked changes, hidden sheets/rows/columns and
 * hidden text. An attachment whose real type does not fit its extension yields {@link FindingKind#TYPE_MISMATCH};
 * one that cannot be read (encrypted, corrupt, unsupported) yields {@link FindingKind#UNREADABLE}. The scan
 * never throws for a bad attachment, and findings hold masked excerpts only. Nothing is logged about the
 * content.
 *
 * <p>Thread-safe; meant to be used as a singleton bean.
 */
@Component
public class PersonalDataScanner {

  private static final Logger log = LoggerFactory.getLogger(PersonalDataScanner.class);

  private final FileTypeSniffer sniffer;
  private final TikaExtractor extractor = new TikaExtractor();
  private final DocumentInspector inspector = new DocumentInspector();
  private final ScanLimits limits;
  private final ArchiveGuard guard;

  @Autowired
  public PersonalDataScanner(FileTypeSniffer sniffer, ScanLimits limits) {
    this.sniffer = sniffer;
    this.limits = limits;
    this.guard = new ArchiveGuard(limits);
  }

  /** For use without Spring: the default limits. */
  public PersonalDataScanner() {
    this(new FileTypeSniffer(), ScanLimits.defaults());
  }

  /** Scans the notice text (may be null or empty) and the attachments (may be null or empty). */
  public ScanReport scan(String noticeText, List<Attachment> attachments) {
    List<Finding> findings = new ArrayList<>();
    if (noticeText != null && !noticeText.isBlank()) {
      for (TextDetectors.Detection d : TextDetectors.scan(noticeText)) {
        findings.add(new Finding(d.kind(), Finding.NOTICE_TEXT, "第 " + d.line() + " 行", d.maskedExcerpt()));
      }
    }
    long deadline = System.currentTimeMillis() + limits.timeBudget.toMillis();
    if (attachments != null) {
      for (Attachment attachment : attachments) {
        if (attachment == null) {
          continue;
        }
        if (System.currentTimeMillis() > deadline) {
          findings.add(new Finding(FindingKind.UNREADABLE, Masking.maskPersonalData(attachment.filename()), "",
              "檢查時間超過 " + limits.timeBudget.toSeconds() + " 秒，未檢查內容"));
        } else {
          findings.addAll(scanAttachment(attachment, deadline));
        }
      }
    }
    return new ScanReport(findings);
  }

  private List<Finding> scanAttachment(Attachment attachment, long deadline) {
    String source = Masking.maskPersonalData(attachment.filename());
    List<Finding> findings = new ArrayList<>();
    for (TextDetectors.Detection d : TextDetectors.scan(attachment.filename())) {
      findings.add(new Finding(d.kind(), source, "檔名", d.maskedExcerpt()));
    }
    byte[] bytes = attachment.content();
    if (bytes.length == 0) {
      findings.add(new Finding(FindingKind.UNREADABLE, source, "", "檔案內容為空"));
      return findings;
    }
    // bounded before Tika, POI or StAX see the bytes: no zip bomb, huge attribute or deep nesting gets through
    Optional<String> overLimit = guard.check(bytes, deadline);
    if (overLimit.isPresent()) {
      findings.add(new Finding(FindingKind.UNREADABLE, source, "", overLimit.get()));
      return findings;
    }
    FileTypeSniffer.Check check = sniffer.check(attachment.filename(), bytes);
    String detected = check.detected();
    Optional<AcceptedType> actual = check.actual();
    if (check.claimed().isPresent() && actual.equals(check.claimed())) {
      findings.addAll(scanContent(bytes, actual.get(), source));
    } else if (check.claimed().isPresent() && FileTypeSniffer.OOXML_PROTECTED.equals(detected)
        && check.reason().isEmpty()) {
      findings.add(new Finding(FindingKind.UNREADABLE, source, "", "檔案已加密（需要密碼），無法檢查內容"));
    } else if (actual.isPresent()) {
      // wrong or unaccepted extension, but a type we can read: report the mismatch and scan anyway
      findings.add(new Finding(FindingKind.TYPE_MISMATCH, source, "", check.reason().orElse("")));
      findings.addAll(scanContent(bytes, actual.get(), source));
    } else {
      if (check.claimed().isPresent()) {
        findings.add(new Finding(FindingKind.TYPE_MISMATCH, source, "", check.reason().orElse("")));
      }
      findings.add(new Finding(FindingKind.UNREADABLE, source, "",
          "不支援的檔案類型（" + detected + "），未檢查內容"));
    }
    return findings;
  }

  private List<Finding> scanContent(byte[] bytes, AcceptedType type, String source) {
    List<Finding> findings = new ArrayList<>();
    TikaExtractor.Extraction extraction;
    try {
      extraction = extractor.extract(bytes, type);
    } catch (Exception | LinkageError | StackOverflowError e) {
      String reason;
      if (causedBy(e, EncryptedDocumentException.class)) {
        reason = "檔案已加密（需要密碼），無法檢查內容";
      } else if (causedBy(e, SectionCollector.TooMuchTextException.class)) {
        reason = "文字內容過多，無法完整檢查";
      } else {
        log.info("attachment could not be parsed ({}): {}", type, e.getClass().getName());
        reason = "檔案毀損或格式無法解析";
      }
      findings.add(new Finding(FindingKind.UNREADABLE, source, "", reason));
      return findings;
    }
    DocumentInspector.Inspection inspection;
    try {
      inspection = inspector.inspect(bytes, type, source);
    } catch (Exception | LinkageError | StackOverflowError e) {
      log.info("hidden content of a {} could not be inspected: {}", type, e.getClass().getName());
      findings.add(new Finding(FindingKind.UNREADABLE, source, "", "無法檢查註解、修訂及隱藏內容"));
      inspection = DocumentInspector.Inspection.none();
    }
    SectionCollector.Mode mode = TikaExtractor.modeFor(type);
    for (SectionCollector.Section section : extraction.sections()) {
      for (TextDetectors.Detection d : TextDetectors.scan(section.text())) {
        findings.add(new Finding(d.kind(), source, location(mode, section, d.line(), inspection),
            d.maskedExcerpt()));
      }
    }
    if (inspector.hasEncryptedEmbeddedDocument(extraction.metadata())) {
      findings.add(new Finding(FindingKind.UNREADABLE, source, "", "內嵌的檔案已加密，無法檢查內容"));
    }
    findings.addAll(inspector.fromMetadata(extraction.metadata(), type, source));
    findings.addAll(inspection.findings());
    return findings;
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String location(SectionCollector.Mode mode, SectionCollector.Section section, int line,
      DocumentInspector.Inspection inspection) {
    return switch (mode) {
      case PAGES -> section.ordinal() > 0 ? "第 " + section.ordinal() + " 頁第 " + line + " 行" : "第 " + line + " 行";
      case SHEET_DIVS -> section.heading().isEmpty() ? "第 " + section.ordinal() + " 個工作表"
          : "工作表「" + section.heading() + "」";
      case SHEET_TABLES -> section.ordinal() >= 1 && section.ordinal() <= inspection.sheetNames().size()
          ? "工作表「" + inspection.sheetNames().get(section.ordinal() - 1) + "」"
          : "第 " + Math.max(1, section.ordinal()) + " 個工作表";
      case FLAT -> "第 " + line + " 行";
    };
  }
}
