package tw.gov.securitymeeting.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.gov.securitymeeting.ApplicationTest;

/**
 * A notice with a zip-bomb attachment (a 306 KB ODT whose content.xml holds one 300 MB attribute) is scanned
 * without an incident: the scan job ends, the notice is in review with the blocking finding 「檔案無法讀取」.
 */
@ApplicationTest
class ScanBombWalkthroughTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired PublicationStart start;
  @Autowired PublicationRepository repository;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
  }

  @Test
  void aBombAttachmentLeavesTheNoticeReviewableWithAnUnreadableFinding() throws Exception {
    ValidPublication publication = new ValidPublication("親子閱讀活動", "請見附件。", "https://www.example.gov.tw/",
        "education", LocalDate.now().plusDays(3), null,
        List.of(new ValidPublication.Upload("活動.odt", "application/octet-stream", hugeAttributeOdt())));
    PublicationStart.Started started = start.start(publication, "education-clerk");
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(started.processInstanceId()).singleResult();
    assertThat(instance).isWaitingAt("scan-publication");

    execute(job(instance));

    assertThat(instance).isWaitingAt("review-publication");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(repository.find(started.id()).orElseThrow().status()).isNotEqualTo(PublicationStatus.SCANNING);
    Task review = task(instance);
    assertThat(taskService.getVariable(review.getId(), "blocking")).isEqualTo(true);
    assertThat(taskService.getVariable(review.getId(), "findingsSummary").toString())
        .contains("檔案無法讀取", "壓縮比超過 100:1");
  }

  private static byte[] hugeAttributeOdt() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><a b=\""
          .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[1024 * 1024];
      Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < 300; i++) {
        zip.write(chunk);
      }
      zip.write("\"/></office:document-content>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
