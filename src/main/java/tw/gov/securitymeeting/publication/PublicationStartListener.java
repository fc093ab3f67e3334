package tw.gov.securitymeeting.publication;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * The start event's listener links the process to its notice. Started by the API, the business key names a
 * notice just stored by the same user and not yet under review. Started from Tasklist's start form (text
 * only), the answer is checked with the API's rules and stored here, with the signed-in user as drafter.
 * No variable a caller sends ({@code publicationId}, {@code initiator}, …) is trusted. A refusal answers 400
 * in Chinese and nothing starts.
 */
@Component("publicationStartListener")
class PublicationStartListener implements ExecutionListener {

  private final PublicationRequestValidator validator;
  private final PublicationStart start;
  private final PublicationRepository repository;
  private final Organization organization;
  private final CurrentUser currentUser;

  PublicationStartListener(PublicationRequestValidator validator, PublicationStart start, PublicationRepository repository,
      Organization organization, CurrentUser currentUser) {
    this.validator = validator;
    this.start = start;
    this.repository = repository;
    this.organization = organization;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    long id = businessKey == null ? fromStartForm(execution) : fromApi(businessKey);
    repository.setProcessInstance(id, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(PublicationStart.businessKey(id));
    execution.setVariables(start.variables(repository.find(id).orElseThrow()));
  }

  /** A notice the API stored in this transaction for the same user. */
  private long fromApi(String businessKey) {
    Long id = PublicationStart.idOf(businessKey);
    PublicationRepository.Row row = id == null ? null : repository.findForUpdate(id).orElse(null);
    String user = currentUser.id();
    if (row == null || row.processInstanceId() != null || (user != null && !user.equals(row.drafter()))) {
      throw SubmittedValues.refusal("businessKey", "公告複核只能從任務清單的「送出公告複核」或上網公告複核 API 送出，不能指定案件編號。");
    }
    return row.id();
  }

  private long fromStartForm(DelegateExecution execution) {
    String drafter = currentUser.id();
    if (drafter == null) {
      throw SubmittedValues.refusal("unit", "請先登入再送出公告複核。");
    }
    String unit = SubmittedValues.text(execution, "unit");
    if (unit == null) {
      unit = organization.onlyUnitOf(drafter).orElse(null);
    }
    List<FieldProblem> problems = new ArrayList<>();
    ValidPublication valid = validator.fields(new PublicationRequestValidator.Fields(
        SubmittedValues.text(execution, "title"), SubmittedValues.text(execution, "noticeText"),
        SubmittedValues.text(execution, "targetUrl"), unit,
        SubmittedValues.text(execution, "desiredDate"), SubmittedValues.text(execution, "eventEndDate")),
        problems);
    SubmittedValues.refuseIf(problems);
    try {
      return start.register(valid, drafter);
    } catch (ApiException notTheirUnit) {
      throw SubmittedValues.refusal("unit", notTheirUnit.getMessage());
    }
  }
}
