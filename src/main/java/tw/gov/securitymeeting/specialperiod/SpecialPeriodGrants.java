package tw.gov.securitymeeting.specialperiod;

import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.AuthorizationGrants;
import tw.gov.securitymeeting.organization.FilterColumns;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.organization.ProcessGrants;
import tw.gov.securitymeeting.organization.TasklistFilters;
import tw.gov.securitymeeting.organization.TasklistFilters.Column;

/**
 * 政風處 starts plans (擬訂計畫); every unit may report a situation; 政風處 and the chair follow both
 * processes in Cockpit. The tasks reach units through their 「本單位待辦」 filters (candidate groups); the
 * filter 「專案安全維護待辦」 gathers the plan's and the situations' tasks for whoever may see them.
 */
@Component
class SpecialPeriodGrants implements ProcessGrants {

  static final String PLAN_PROCESS = "special-period-plan";
  static final String SITUATION_PROCESS = "special-period-situation";

  private final TasklistFilters filters;

  SpecialPeriodGrants(TasklistFilters filters) {
    this.filters = filters;
  }

  @Override
  public void grant(Organization organization, AuthorizationGrants grants) {
    grants.mayStart(organization.secretariat(), PLAN_PROCESS);
    for (String group : organization.groupIds()) {
      grants.mayStart(group, SITUATION_PROCESS);
    }
    for (String reader : List.of(organization.secretariat(), organization.chairGroup())) {
      for (String process : List.of(PLAN_PROCESS, SITUATION_PROCESS)) {
        grants.grant(reader, PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
      }
    }
    String filter = filters.save("special-period", "專案安全維護待辦", "重要節日專案安全維護計畫、值勤巡查紀錄與狀況通報", 40,
        filters.query().processDefinitionKeyIn(PLAN_PROCESS, SITUATION_PROCESS),
        List.of(new Column(FilterColumns.SUBJECT, "案由"), new Column(FilterColumns.SOURCE, "來源"), new Column(FilterColumns.UNIT, "單位")));
    filters.grantEveryGroup(filter);
  }
}
