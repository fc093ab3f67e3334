package tw.gov.securitymeeting.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.EmbeddedPostgres;

/** The chain of custody on a real PostgreSQL 17: times round-trip exactly, so hashes verify; an edit is found. */
@ApplicationTest
@TestPropertySource(properties = {
    "app.evidence.storage-directory=${java.io.tmpdir}/evidence-postgres-it",
    "camunda.bpm.process-engine-name=evidencePostgresIT"})
class EvidencePostgresIT {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.newDatabase(registry);
  }

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IncidentRepository incidents;
  @Autowired EvidenceItems evidence;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldVerifyAChainWrittenToPostgresqlAndFindAnEditedEntry() {
    EvidenceFixtures.setClock(EvidenceFixtures.NOW);
    ProcessInstance pi = runtimeService.startProcessInstanceByKey("digital-evidence-preservation", EvidenceFixtures.incident(3));
    long id = incidents.findByProcessInstance(pi.getId()).orElseThrow().id();
    assertThat(incidents.find(id).orElseThrow().notifyDeadline()).isEqualTo(EvidenceFixtures.at(LocalDateTime.of(2026, 12, 1, 10, 30)).toInstant());
    taskService.complete(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), EvidenceFixtures.notification());
    taskService.complete(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), Map.of("members", List.of("ethics-clerk")));
    // The incidents page's queries on PostgreSQL: a member finds it, a prefix of a member's id does not.
    assertThat(incidents.page(null, "ethics-clerk", 0, 50)).extracting(IncidentRepository.IncidentRow::id).contains(id);
    assertThat(incidents.page(null, "ethics", 0, 50)).extracting(IncidentRepository.IncidentRow::id).doesNotContain(id);
    assertThat(incidents.page(IncidentStatus.CLOSED, null, 0, 50)).extracting(IncidentRepository.IncidentRow::id).doesNotContain(id);
    assertThat(incidents.count(null, "ethics-clerk")).isEqualTo(incidents.page(null, "ethics-clerk", 0, 50).size());

    var item = evidence.addEntered(id, new EvidenceItemRequest("磁碟映像", "PC-01", "映像", EvidenceFixtures.SHA, "ethics-clerk",
        "2026-12-01T09:45:12.345678"), "ethics-clerk");
    for (int i = 0; i < 3; i++) {
      EvidenceFixtures.setClock(EvidenceFixtures.NOW.plusMinutes(i + 1));
      evidence.handOver(id, item.id(), new CustodyRequest("ethics-clerk", "planning-clerk", "第 " + (i + 1) + " 次移交", "機房", null), "ethics-clerk");
    }

    assertThat(evidence.verify(id, item.id()).intact()).isTrue();
    jdbc.update("update app_evidence_custody set location = '他處' where item_id = ? and seq = 2", item.id());
    EvidenceItems.Verification broken = evidence.verify(id, item.id());
    assertThat(broken.intact()).isFalse();
    assertThat(broken.brokenAt()).isEqualTo(2);
  }
}
