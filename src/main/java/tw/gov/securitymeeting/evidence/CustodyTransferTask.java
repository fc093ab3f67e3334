package tw.gov.securitymeeting.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * 「移交與監管證物」: shows the items and their chains so far; each answer may append one hand-over to an item's
 * chain. 「繼續登錄移交」 comes back to the step; 「登錄完成」 (the default for API clients that send none) is
 * accepted only when every item's chain and file verify.
 */
@Component("custodyTransferTask")
class CustodyTransferTask extends EvidenceStep {

  static final List<String> CHOICES = List.of("more", "done");
  private static final List<String> HAND_OVER =
      List.of("custodyItem", "custodyHandedBy", "custodyReceivedBy", "custodyReason", "custodyLocation", "custodyHandedAt");

  private final EvidenceItems evidence;
  private final CurrentUser currentUser;

  CustodyTransferTask(EvidenceSteps steps, EvidenceItems evidence, CurrentUser currentUser) {
    super(steps, IncidentStatus.CUSTODY);
    this.evidence = evidence;
    this.currentUser = currentUser;
  }

  @Override
  void record(DelegateTask task) {
    long id = steps.incident(task).id();
    if (HAND_OVER.stream().anyMatch(field -> SubmittedValues.text(task, field) != null)) {
      handOver(task, id);
    }
    String done = SubmittedValues.text(task, "custodyDone");
    if (done != null && !CHOICES.contains(done)) {
      throw SubmittedValues.refusal("custodyDone", "「登錄移交」請從選項中選擇。");
    }
    if (!"more".equals(done)) {
      verifyAll(id);
    }
    task.getExecution().getProcessInstance().setVariable("custodyDone", "more".equals(done) ? "more" : "done");
  }

  /** The items to choose from and their chains so far; the choice of this round starts empty. */
  @Override
  void show(DelegateTask task, IncidentRepository.IncidentRow incident) {
    long id = incident.id();
    List<Map<String, String>> options = new ArrayList<>();
    StringBuilder log = new StringBuilder();
    for (EvidenceRepository.ItemRow item : evidence.items(id)) {
      options.add(Map.of("value", String.valueOf(item.id()), "label", "證據 " + item.id() + "：" + item.description()));
      log.append("證據 ").append(item.id()).append("（").append(item.description()).append("）\n");
      for (EvidenceRepository.CustodyRow entry : evidence.custody(item.id())) {
        log.append("  ").append(entry.seq()).append(". ").append(RocDates.dateTime(entry.handedAt())).append(" ")
            .append(entry.handedBy()).append(" → ").append(entry.receivedBy()).append("（").append(entry.reason()).append("，")
            .append(entry.location()).append("）\n");
      }
    }
    task.setVariableLocal("evidenceOptions", SubmittedValues.json(options));
    task.setVariableLocal("custodyLog", log.isEmpty() ? "（尚無證據）" : log.toString().strip());
    task.setVariable("custodyDone", null);
  }

  private void handOver(DelegateTask task, long id) {
    long itemId;
    try {
      itemId = Long.parseLong(String.valueOf(SubmittedValues.text(task, "custodyItem")));
    } catch (NumberFormatException notAnItem) {
      throw SubmittedValues.refusal("custodyItem", SubmittedValues.missing("移交的證據"));
    }
    try {
      evidence.handOver(id, itemId, new CustodyRequest(SubmittedValues.text(task, "custodyHandedBy"),
          SubmittedValues.text(task, "custodyReceivedBy"), SubmittedValues.text(task, "custodyReason"),
          SubmittedValues.text(task, "custodyLocation"), SubmittedValues.text(task, "custodyHandedAt")), currentUser.id());
    } catch (InvalidRequestException refused) {
      throw SubmittedValues.refusal(EvidenceSteps.prefixed("custody", refused.problems()));
    } catch (ApiException notThisIncidents) {
      throw SubmittedValues.refusal("custodyItem", notThisIncidents.getMessage());
    }
  }

  private void verifyAll(long id) {
    List<FieldProblem> problems = new ArrayList<>();
    for (EvidenceRepository.ItemRow each : evidence.items(id)) {
      EvidenceItems.Verification check = evidence.verify(id, each.id());
      if (!check.intact()) {
        problems.add(new FieldProblem("custodyDone", "證據 " + each.id() + "（" + each.description() + "）：" + check.problem()));
      }
    }
    SubmittedValues.refuseIf(problems);
  }
}
