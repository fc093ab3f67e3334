package tw.gov.securitymeeting.followup.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;

/**
 * GET /api/meetings/{id}/follow-up-report: a printable HTML page, or with {@code format=odt} an
 * ODF text document to download. Access is checked by the caller.
 */
@Component
public class FollowUpReportResponses {

  static final String TEMPLATE = "follow-up-report";
  private static final MediaType ODT = MediaType.parseMediaType(FollowUpReportOdt.MEDIA_TYPE);

  static final String AGENDA_TEMPLATE = "agenda-report";

  private final FollowUpReport reports;
  private final AgendaReport agendas;
  private final ITemplateEngine templates;

  FollowUpReportResponses(FollowUpReport reports, AgendaReport agendas, ITemplateEngine templates) {
    this.reports = reports;
    this.agendas = agendas;
    this.templates = templates;
  }

  /** GET /api/meetings/{id}/agenda-report: the next meeting's table for meeting {id}, HTML or ODT. */
  public ResponseEntity<byte[]> agenda(long meetingId, String format) {
    boolean odt = isOdt(format);
    AgendaReport.Agenda agenda = agendas.of(meetingId)
        .orElseThrow(() -> ApiException.notFound("沒有編號 " + meetingId + " 的會議。"));
    if (odt) {
      byte[] document = AgendaReportOdt.write(agenda);
      withoutForcedCharset();
      return ResponseEntity.ok()
          .contentType(ODT)
          .header(HttpHeaders.CONTENT_DISPOSITION, attachment(agenda.title(), "agenda-report-" + meetingId + ".odt"))
          .body(document);
    }
    String html = templates.process(AGENDA_TEMPLATE, new Context(Locale.TAIWAN, Map.of("agenda", agenda)));
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(html.getBytes(StandardCharsets.UTF_8));
  }

  public ResponseEntity<byte[]> answer(long meetingId, String format) {
    boolean odt = isOdt(format);
    FollowUpReport.Report report = reports.of(meetingId)
        .orElseThrow(() -> ApiException.notFound("沒有編號 " + meetingId + " 的會議。"));
    if (odt) {
      byte[] document = FollowUpReportOdt.write(report);
      withoutForcedCharset();
      return ResponseEntity.ok()
          .contentType(ODT)
          .header(HttpHeaders.CONTENT_DISPOSITION, attachment(report))
          .body(document);
    }
    String html = templates.process(TEMPLATE, new Context(Locale.TAIWAN, Map.of("report", report)));
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(html.getBytes(StandardCharsets.UTF_8));
  }

  /** No format (or html) is the page; odt is the document; anything else is refused. */
  private static boolean isOdt(String format) {
    if (format == null || "html".equalsIgnoreCase(format.strip())) {
      return false;
    }
    if ("odt".equalsIgnoreCase(format.strip())) {
      return true;
    }
    throw new InvalidRequestException(List.of(new FieldProblem("format", "只能是 html（網頁，預設）或 odt（ODF 文字文件），不支援「" + format + "」。")));
  }

  /**
   * server.servlet.encoding.force sets UTF-8 on every response, which Tomcat then appends to any
   * content type; a binary document has no charset, so it is taken off again for this response.
   */
  private static void withoutForcedCharset() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        && attributes.getResponse() != null) {
      attributes.getResponse().setCharacterEncoding(null);
    }
  }

  /** The Chinese name per RFC 6266 / RFC 5987 (filename*), with an ASCII name for old clients. */
  static String attachment(FollowUpReport.Report report) {
    return attachment(report.title(), "follow-up-report-" + report.meetingId() + ".odt");
  }

  static String attachment(String title, String ascii) {
    String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".odt";
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(name);
  }

  private static String rfc5987(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return encoded.toString();
  }
}
