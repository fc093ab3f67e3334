package tw.gov.securitymeeting.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.EmbeddedPostgres;
import tw.gov.securitymeeting.system.RocDates;

/** Attachments (bytea), findings and the register on a real PostgreSQL 17. */
@ApplicationTest
class PublicationPostgresIT {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.newDatabase(registry);
  }

  @Autowired PublicationStart start;
  @Autowired PublicationRepository repository;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;

  @Test
  void shouldStoreAttachmentsAndMaskedFindingsOnPostgresql() {
    byte[] xlsx = PublicationDocuments.xlsxWithHiddenId();
    ValidPublication notice = new ValidPublication("活動公告", "聯絡電話 0912-345-678", "https://www.example.gov.tw/",
        "education", RocDates.today().plusDays(1), RocDates.today().plusDays(10),
        List.of(new ValidPublication.Upload("名單.xlsx", "application/octet-stream", xlsx)));

    PublicationStart.Started started = start.start(notice, "education-clerk");
    assertThat(repository.attachments(started.id()).get(0).content()).isEqualTo(xlsx);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(started.processInstanceId()).singleResult().getId());

    PublicationRepository.Row row = repository.find(started.id()).orElseThrow();
    assertThat(row.status()).isEqualTo(PublicationStatus.IN_REVIEW);
    assertThat(row.eventEndDate()).isEqualTo(RocDates.today().plusDays(10));
    assertThat(repository.findings(started.id(), row.scanRound())).extracting(f -> f.kind().name())
        .contains("NATIONAL_ID", "MOBILE_PHONE", "HIDDEN_SHEET");
    assertThat(repository.findings(started.id(), row.scanRound()).toString()).doesNotContain(PublicationDocuments.VALID_ID);
    assertThat(repository.list(PublicationStatus.IN_REVIEW, List.of("education"))).extracting(PublicationRepository.Row::id)
        .contains(started.id());
    // The register page's queries on PostgreSQL: one page, its count, and another unit's filter finding nothing.
    assertThat(repository.page(PublicationStatus.IN_REVIEW, List.of("education"), "education", 0, 5))
        .extracting(PublicationRepository.Row::id).contains(started.id());
    assertThat(repository.count(PublicationStatus.IN_REVIEW, List.of("education"), "education")).isPositive();
    assertThat(repository.page(null, List.of("construction"), "education", 0, 5)).isEmpty();
    assertThat(repository.page(null, null, "education", 1_000, 5)).isEmpty();
    assertThat(taskService.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult().getName())
        .isEqualTo("複核上網資訊");
  }
}
