package tw.gov.securitymeeting.organization;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The columns of the Tasklist filters ({@code TasklistFilters}): 案由, 來源 and 單位. Every user task
 * sets them as its own (task-local) variables when it is created, because whoever may see a task may
 * read its variables, but not always those of its process instance.
 */
public final class FilterColumns {

  public static final String SUBJECT = "subject";
  public static final String SOURCE = "caseSource";
  public static final String UNIT = "unitName";

  private FilterColumns() {}

  public static void set(DelegateTask task, Object subject, Object source, Object unitName) {
    task.setVariableLocal(SUBJECT, subject);
    task.setVariableLocal(SOURCE, source);
    task.setVariableLocal(UNIT, unitName);
  }
}
