package tw.gov.securitymeeting.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.publication.scan.AcceptedType;
import tw.gov.securitymeeting.publication.scan.FileTypeSniffer;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * Checks a notice before anything is stored: the fields (same rules for the API and the Tasklist start form)
 * and every attachment (allowed type by its bytes, size limit).
 */
@Component
class PublicationRequestValidator {

  static final int MAX_TITLE = 200;
  static final int MAX_TEXT = 100_000;
  static final int MAX_URL = 2000;
  static final int MAX_REASON = 4000;
  static final int MAX_UNIT = 64;

  /** The fields as sent, all text. */
  record Fields(String title, String noticeText, String targetUrl, String unit, String desiredDate,
      String eventEndDate) {}

  private final Organization organization;
  private final FileTypeSniffer sniffer;
  private final PublicationProperties properties;

  PublicationRequestValidator(Organization organization, FileTypeSniffer sniffer, PublicationProperties properties) {
    this.organization = organization;
    this.sniffer = sniffer;
    this.properties = properties;
  }

  /** For the API: every problem at once as a 400, an oversize file as 413. */
  ValidPublication validate(Fields fields, List<MultipartFile> files) {
    List<FieldProblem> problems = new ArrayList<>();
    ValidPublication valid = fields(fields, problems);
    List<ValidPublication.Upload> uploads = uploads(files, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new ValidPublication(valid.title(), valid.noticeText(), valid.targetUrl(), valid.unit(), valid.desiredDate(),
        valid.eventEndDate(), uploads);
  }

  /** For replacing the attachments of a returned notice: the same checks as on submission. */
  List<ValidPublication.Upload> attachments(List<MultipartFile> files) {
    List<FieldProblem> problems = new ArrayList<>();
    List<ValidPublication.Upload> uploads = uploads(files, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return uploads;
  }

  /** The field rules; problems are added to the list, the result holds what could be read. */
  ValidPublication fields(Fields f, List<FieldProblem> problems) {
    String title = SubmittedValues.requiredText(f.title(), "title", "標題", MAX_TITLE, problems);
    String text = SubmittedValues.requiredText(f.noticeText(), "noticeText", "公告內容", MAX_TEXT, problems);
    String url = url(f.targetUrl(), "targetUrl", "公告網站網址", problems);
    String unit = SubmittedValues.requiredText(f.unit(), "unit", "公告單位", MAX_UNIT, problems);
    if (unit != null && !organization.isUnit(unit)) {
      problems.add(new FieldProblem("unit", "沒有代號為「" + unit + "」的單位；可用的單位：" + organization.unitChoices() + "。"));
      unit = null;
    }
    LocalDate desired = SubmittedValues.date(f.desiredDate(), "desiredDate", "預定公告日期", true, problems);
    if (desired != null && desired.isBefore(RocDates.today())) {
      problems.add(new FieldProblem("desiredDate", "「預定公告日期」不可早於今天（" + RocDates.format(RocDates.today()) + "）。"));
    }
    LocalDate eventEnd = SubmittedValues.date(f.eventEndDate(), "eventEndDate", "活動結束日期", false, problems);
    if (eventEnd != null && desired != null && eventEnd.isBefore(desired)) {
      problems.add(new FieldProblem("eventEndDate", "「活動結束日期」不可早於預定公告日期。"));
    }
    return new ValidPublication(title, text, url, unit, desired, eventEnd, List.of());
  }

  /** A published URL or the site's address: http or https with a host. */
  static String url(String value, String field, String label, List<FieldProblem> problems) {
    String url = SubmittedValues.requiredText(value, field, label, MAX_URL, problems);
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return url;
      }
    } catch (URISyntaxException bad) {
      // answered below
    }
    problems.add(new FieldProblem(field, "「" + label + "」必須是 http:// 或 https:// 開頭的網址。"));
    return null;
  }

  private List<ValidPublication.Upload> uploads(List<MultipartFile> files, List<FieldProblem> problems) {
    List<ValidPublication.Upload> uploads = new ArrayList<>();
    if (files == null) {
      return uploads;
    }
    long max = properties.maxFileSize().toBytes();
    List<MultipartFile> sent = files.stream()
        .filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())))
        .toList();
    if (sent.size() > properties.maxAttachments()) {
      problems.add(new FieldProblem("attachments", "附件最多 " + properties.maxAttachments() + " 個，目前 " + sent.size() + " 個。"));
      return uploads;
    }
    for (MultipartFile file : sent) {
      String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
      // Browsers on Windows may send a full path.
      name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
      if (name.isEmpty()) {
        problems.add(new FieldProblem("attachments", "附件沒有檔名。"));
        continue;
      }
      if (name.length() > 255) {
        problems.add(new FieldProblem("attachments", "附件檔名過長（最多 255 字）。"));
        continue;
      }
      if (file.getSize() > max) {
        throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "檔案過大",
            "附件「" + name + "」超過每個檔案 " + megabytes(max) + " 的上限。");
      }
      if (file.isEmpty()) {
        problems.add(new FieldProblem("attachments", "附件「" + name + "」內容為空。"));
        continue;
      }
      byte[] bytes;
      try {
        bytes = file.getBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Optional<String> mismatch = sniffer.typeMismatch(name, bytes);
      if (mismatch.isPresent()) {
        problems.add(new FieldProblem("attachments", "附件「" + name + "」不接受：" + mismatch.get()));
        continue;
      }
      String mediaType = AcceptedType.forFilename(name).map(AcceptedType::mediaType).orElse("application/octet-stream");
      uploads.add(new ValidPublication.Upload(name, mediaType, bytes));
    }
    return uploads;
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " 位元組";
  }
}
