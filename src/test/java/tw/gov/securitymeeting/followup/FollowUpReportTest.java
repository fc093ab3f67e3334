package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.securitymeeting.followup.FollowUpReportFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.followup.report.FollowUpReport;

/** 「上次會議主席裁(指)示事項辦理情形報告」 built from the read model of a followed-up meeting. */
@ApplicationTest
class FollowUpReportTest {

  @Autowired ProcessEngine processEngine;
  @Autowired MeetingRegistration registration;
  @Autowired FollowUpReport followUpReport;

  FollowUpReport.Report report;

  @BeforeEach
  void followUpAMeeting() {
    long id = followedUpMeeting(processEngine, registration).id();
    report = followUpReport.of(id).orElseThrow();
  }

  @Test
  void shouldTitleTheReportWithTheMeetingAndItsDateInRocYears() {
    assertThat(report.title()).startsWith("嘉義縣政府105年安全維護會報 ").endsWith(" 上次會議主席裁(指)示事項辦理情形報告");
    assertThat(report.heldOn()).isEqualTo(LocalDate.of(2016, 10, 19));
    assertThat(report.heldOnRoc()).isEqualTo("民國105年10月19日");
  }

  @Test
  void shouldListOneRowPerItemInTheMeetingsOrder() {
    assertThat(report.rows()).extracting(FollowUpReport.Row::resolution)
        .containsExactly("一、" + SUBJECT_1 + "\n" + DECISION_1, "二、" + SUBJECT_2, "三、" + SUBJECT_3);
  }

  @Test
  void shouldNameTheLeadUnitsOrAllUnits() {
    assertThat(report.rows()).extracting(FollowUpReport.Row::units)
        .containsExactly("行政處、教育處", "政風處", "本府各處暨所屬各機關");
  }

  @Test
  void shouldShowTheLatestReportOfEachUnitPrefixedWhenSeveralUnitsReport() {
    assertThat(report.rows().get(0).progress())
        .containsExactly("行政處：" + ADMINISTRATION_PROGRESS, "教育處：" + EDUCATION_PROGRESS);
  }

  @Test
  void shouldShowTheReportOfASingleUnitAlone() {
    assertThat(report.rows().get(1).progress()).containsExactly(ETHICS_PROGRESS);
  }

  @Test
  void shouldShowTheRoundWithReportsWhenTheNextRoundHasNoneYet() {
    assertThat(report.rows().get(1).ruling()).isEqualTo("繼續列管：" + INSTRUCTION_2);
  }

  @Test
  void shouldShowAClosedItemAsApproved() {
    assertThat(report.rows().get(0).ruling()).isEqualTo("准予備查，解除列管。");
  }

  @Test
  void shouldLeaveProgressAndRulingEmptyBeforeAnyReport() {
    assertThat(report.rows().get(2).progress()).isEqualTo(List.of());
    assertThat(report.rows().get(2).ruling()).isEmpty();
  }
}
