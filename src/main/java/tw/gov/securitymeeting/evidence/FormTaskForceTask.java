package tw.gov.securitymeeting.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * 「成立數位證據保全小組」: the members, ticked among the people of the configured units (綜合規劃處, 政風處 and the
 * incident's unit); they become the candidate users of the task force's steps.
 */
@Component("formTaskForceTask")
class FormTaskForceTask extends EvidenceStep {

  private final EvidencePolicy policy;
  private final IncidentRepository incidents;
  private final Organization organization;

  FormTaskForceTask(EvidenceSteps steps, EvidencePolicy policy, IncidentRepository incidents, Organization organization) {
    super(steps, IncidentStatus.FORMING);
    this.policy = policy;
    this.incidents = incidents;
    this.organization = organization;
  }

  @Override
  void show(DelegateTask task, IncidentRepository.IncidentRow incident) {
    task.setVariableLocal("memberOptions", memberOptions(incident.unitId()));
    // The step's own "members" (an input parameter) typed as JSON, so that Tasklist sends the ticked boxes back as an array.
    task.getExecution().setVariableLocal("members", SubmittedValues.json(List.of()));
  }

  @Override
  void record(DelegateTask task) {
    IncidentRepository.IncidentRow incident = steps.incident(task);
    List<String> members = members(task, policy.groupList("members", incident.unitId()));
    incidents.setMembers(incident.id(), members);
    task.setVariable("taskForceNames", String.join("、",
        members.stream().map(organization::userName).toList()));
  }

  /** The people who may be named, as the choices of the form's checklist: 「name（unit）」. */
  private JsonValue memberOptions(String unit) {
    List<String> allowed = policy.groupList("members", unit);
    List<Map<String, String>> options = new ArrayList<>();
    for (Organization.Member member : organization.users()) {
      List<String> units = member.groups() == null ? List.of() : member.groups().stream().filter(allowed::contains).toList();
      if (!units.isEmpty()) {
        options.add(Map.of("value", member.id(), "label",
            member.name() + "（" + String.join("、", units.stream().map(organization::unitName).toList()) + "）"));
      }
    }
    return SubmittedValues.json(options);
  }

  private List<String> members(DelegateTask task, List<String> allowed) {
    List<String> members = SubmittedValues.ids(task.getVariable("members"), "members", "工作小組成員");
    if (members.isEmpty()) {
      throw SubmittedValues.refusal("members", SubmittedValues.missing("工作小組成員"));
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (String member : members) {
      var user = organization.user(member);
      if (user.isEmpty()) {
        problems.add(new FieldProblem("members", "沒有帳號為「" + member + "」的使用者。"));
      } else if (user.get().groups() == null || user.get().groups().stream().noneMatch(allowed::contains)) {
        problems.add(new FieldProblem("members", "「" + user.get().name() + "」（" + member + "）不屬於"
            + String.join("、", allowed.stream().map(organization::unitName).toList()) + "，不能擔任工作小組成員。"));
      }
    }
    SubmittedValues.refuseIf(problems);
    return members;
  }
}
