package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.securitymeeting.followup.FollowUpReportFixtures.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tw.gov.securitymeeting.ApplicationTest;

/** The same report downloaded as an ODF text document (?format=odt). */
@ApplicationTest
class FollowUpReportOdtTest {

  @Autowired ProcessEngine processEngine;
  @Autowired MeetingRegistration registration;
  @Autowired TestRestTemplate rest;

  long meetingId;
  ResponseEntity<byte[]> download;

  @BeforeEach
  void downloadTheReportOfAFollowedUpMeeting() {
    meetingId = followedUpMeeting(processEngine, registration).id();
    download = rest.withBasicAuth("ethics-clerk", "demo")
        .getForEntity("/api/meetings/{id}/follow-up-report?format=odt", byte[].class, meetingId);
  }

  @Test
  void shouldAnswerAnOdtAttachmentWithAChineseNameAndAnAsciiFallback() {
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("application/vnd.oasis.opendocument.text"));
    String header = download.getHeaders().getFirst("Content-Disposition");
    assertThat(header).startsWith("attachment;")
        .contains("filename=\"follow-up-report-" + meetingId + ".odt\"")
        .contains("filename*=UTF-8''");
    assertThat(ContentDisposition.parse(header).getFilename())
        .startsWith("嘉義縣政府105年安全維護會報 ").endsWith(" 上次會議主席裁(指)示事項辦理情形報告.odt");
  }

  @Test
  void shouldBeAZipWhoseFirstEntryIsTheUncompressedMimetype() throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.getBody()))) {
      ZipEntry first = zip.getNextEntry();
      assertThat(first.getName()).isEqualTo("mimetype");
      assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
      assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("application/vnd.oasis.opendocument.text");
    }
  }

  @Test
  void shouldHoldTheTitleAndTheMeetingDateInRocYears() throws Exception {
    try (OdfTextDocument document = load()) {
      String text = new OdfWhitespaceProcessor().getText(document.getContentRoot());
      assertThat(text).contains("上次會議主席裁(指)示事項辦理情形報告", "會議日期：民國105年10月19日");
    }
  }

  @Test
  void shouldHoldAHeaderRowAndOneRowPerItem() throws Exception {
    try (OdfTextDocument document = load()) {
      assertThat(document.getTableList()).hasSize(1);
      OdfTable table = document.getTableList().get(0);
      assertThat(table.getColumnCount()).isEqualTo(4);
      assertThat(table.getRowCount()).isEqualTo(4);
      assertThat(table.getHeaderRowCount()).isEqualTo(1);
      assertThat(OdfTables.row(table, 0)).containsExactly(
          List.of("決議事項"), List.of("主辦單位"), List.of("辦理情形"), List.of("主席裁示"));
      assertThat(OdfTables.row(table, 1)).containsExactly(
          List.of("一、" + SUBJECT_1 + "\n" + DECISION_1), List.of("行政處、教育處"),
          List.of("行政處：" + ADMINISTRATION_PROGRESS, "教育處：" + EDUCATION_PROGRESS), List.of("准予備查，解除列管。"));
      assertThat(OdfTables.row(table, 2)).containsExactly(
          List.of("二、" + SUBJECT_2), List.of("政風處"), List.of(ETHICS_PROGRESS), List.of("繼續列管：" + INSTRUCTION_2));
      assertThat(OdfTables.row(table, 3)).containsExactly(
          List.of("三、" + SUBJECT_3), List.of("本府各處暨所屬各機關"), List.of(""), List.of(""));
    }
  }

  private OdfTextDocument load() throws Exception {
    return OdfTextDocument.loadDocument(new ByteArrayInputStream(download.getBody()));
  }
}
