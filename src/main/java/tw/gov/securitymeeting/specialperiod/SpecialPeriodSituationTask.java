package tw.gov.securitymeeting.specialperiod;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.FilterColumns;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;
import tw.gov.securitymeeting.system.UserTaskListener;

/**
 * The follow-up of a situation: 「評估啟動數位證據保全」 for a 資安 situation (調查站 must be notified; the
 * digital-evidence process may be started for it) and 「登錄通報調查站或警察機關」 for national-security and
 * public-order situations. The situation is the one of this process instance, from its row.
 */
@Component("specialPeriodSituationTask")
class SpecialPeriodSituationTask implements UserTaskListener {

  static final String SOURCE = "專案期間狀況通報";
  static final List<String> AUTHORITIES = List.of("調查站", "警察機關");

  private final SituationRepository situations;
  private final Organization organization;
  private final CurrentUser currentUser;

  SpecialPeriodSituationTask(SituationRepository situations, Organization organization, CurrentUser currentUser) {
    this.situations = situations;
    this.organization = organization;
    this.currentUser = currentUser;
  }

  @Override
  public void onCreate(DelegateTask task) {
    SituationRepository.SituationRow s = situations.byProcessInstance(task.getProcessInstanceId()).orElseThrow();
    boolean cyber = "decide-evidence".equals(task.getTaskDefinitionKey());
    String summary = (String) task.getVariable("situationSummary");
    FilterColumns.set(task, summary, SOURCE, organization.unitName(s.unitId()));
    task.setDescription(summary);
    task.setVariableLocal("situationText", summary);
    if (!cyber) {
      task.setVariableLocal("authorityHint", "本類狀況應通報" + s.kind().authority() + "，請登錄通報對象與時間。");
    }
  }

  @Override
  public void onComplete(DelegateTask task) {
    SituationRepository.SituationRow s = situations.byProcessInstance(task.getProcessInstanceId()).orElseThrow();
    boolean cyber = "decide-evidence".equals(task.getTaskDefinitionKey());
    if (cyber) {
      decideEvidence(task, s);
    } else {
      authority(task, s);
    }
  }

  private void decideEvidence(DelegateTask task, SituationRepository.SituationRow s) {
    List<FieldProblem> problems = new ArrayList<>();
    Instant notified = time(task.getVariable("investigationNotifiedAt"), "investigationNotifiedAt", "通報調查站的時間", problems);
    String reference = PlanValidator.limited(SubmittedValues.text(task.getVariable("investigationReference")),
        "investigationReference", "通報編號或承辦人", 200, problems);
    String start = SubmittedValues.text(task.getVariable("startEvidence"));
    if (!"yes".equals(start) && !"no".equals(start)) {
      problems.add(new FieldProblem("startEvidence", "請選擇是否啟動數位證據保全（yes 或 no）。"));
    }
    String systems = null;
    Integer level = null;
    if ("yes".equals(start)) {
      systems = PlanValidator.required(SubmittedValues.text(task.getVariable("systems")), "systems", "受影響系統", 2000, problems);
      level = level(SubmittedValues.text(task.getVariable("level")), problems);
    }
    SubmittedValues.refuseIf(problems);
    situations.authorityNotified(s.id(), "調查站", notified, reference);
    situations.event(s.id(), "已通報調查站", RocDates.format(notified) + (reference == null ? "" : "，" + reference), currentUser.id(),
        RocDates.now());
    if (level != null) {
      situations.evidenceDecided(s.id(), systems, level);
    } else {
      situations.event(s.id(), "不啟動數位證據保全", null, currentUser.id(), RocDates.now());
    }
  }

  private void authority(DelegateTask task, SituationRepository.SituationRow s) {
    List<FieldProblem> problems = new ArrayList<>();
    String to = SubmittedValues.text(task.getVariable("notifiedTo"));
    if (!AUTHORITIES.contains(to)) {
      problems.add(new FieldProblem("notifiedTo", "請選擇通報對象：調查站或警察機關。"));
    }
    Instant at = time(task.getVariable("notifiedAt"), "notifiedAt", "通報時間", problems);
    String reference = PlanValidator.limited(SubmittedValues.text(task.getVariable("notifyReference")),
        "notifyReference", "通報編號或承辦人", 200, problems);
    SubmittedValues.refuseIf(problems);
    situations.authorityNotified(s.id(), to, at, reference);
    situations.event(s.id(), "已通報" + to, RocDates.format(at) + (reference == null ? "" : "，" + reference), currentUser.id(),
        RocDates.now());
  }

  private static Integer level(String text, List<FieldProblem> problems) {
    try {
      int level = Integer.parseInt(text == null ? "" : text);
      if (level >= 1 && level <= 4) {
        return level;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    problems.add(new FieldProblem("level", "資安事件等級只有 1 到 4 級。"));
    return null;
  }

  /** A time, not ahead of now; Taipei time when it has no offset. */
  static Instant time(Object value, String field, String label, List<FieldProblem> problems) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    String text = SubmittedValues.text(value);
    if (text == null) {
      problems.add(new FieldProblem(field, SubmittedValues.missing(label)));
      return null;
    }
    try {
      Instant at = SubmittedValues.instant(text, false);
      if (at.isAfter(RocDates.now())) {
        problems.add(new FieldProblem(field, SubmittedValues.inTheFuture(label)));
      }
      return at;
    } catch (DateTimeParseException notATime) {
      problems.add(new FieldProblem(field, label + "「" + text + "」不是有效的時間（格式 YYYY-MM-DDTHH:MM）。"));
      return null;
    }
  }
}
