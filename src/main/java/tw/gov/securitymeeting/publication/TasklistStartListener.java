package tw.gov.securitymeeting.publication;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.FieldProblem;

/**
 * The start event's listener. A notice started over the API is already registered ({@code publicationId}
 * set); one started from Tasklist's start form (text only) is checked with the API's rules here and
 * registered in the same transaction. A refusal answers 400 in Chinese and nothing starts.
 */
@Component("publicationStartListener")
class TasklistStartListener implements ExecutionListener {

  private final PublicationRequestValidator validator;
  private final PublicationStart start;
  private final PublicationRepository repository;
  private final Organization organization;

  TasklistStartListener(PublicationRequestValidator validator, PublicationStart start, PublicationRepository repository,
      Organization organization) {
    this.validator = validator;
    this.start = start;
    this.repository = repository;
    this.organization = organization;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getVariable("publicationId") != null) {
      return;
    }
    String drafter = PublicationVariables.text(execution, "initiator");
    if (drafter == null) {
      throw PublicationVariables.invalid("unit", "請先登入再送出公告複核。");
    }
    List<String> myUnits = organization.unitsOf(drafter);
    String unit = PublicationVariables.text(execution, "unit");
    if (unit == null) {
      unit = organization.onlyUnitOf(drafter).orElse(null);
    }
    List<FieldProblem> problems = new ArrayList<>();
    ValidPublication valid = validator.fields(new PublicationRequestValidator.Fields(
        PublicationVariables.text(execution, "title"), PublicationVariables.text(execution, "noticeText"),
        PublicationVariables.text(execution, "targetUrl"), unit,
        PublicationVariables.text(execution, "desiredDate"), PublicationVariables.text(execution, "eventEndDate")),
        problems);
    if (!problems.isEmpty()) {
      throw PublicationVariables.invalid(problems.get(0).field(), problems.get(0).message());
    }
    if (!myUnits.contains(valid.unit())) {
      throw PublicationVariables.invalid("unit", "只能以自己所屬的單位送出公告，不是「" + organization.unitName(valid.unit()) + "」的成員。");
    }
    long id = start.register(valid, drafter);
    repository.setProcessInstance(id, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(PublicationStart.businessKey(id));
    execution.setVariables(start.variables(id, valid, drafter));
  }
}
