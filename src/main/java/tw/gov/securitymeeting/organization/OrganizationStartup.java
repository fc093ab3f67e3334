package tw.gov.securitymeeting.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Imports the organisation, the Tasklist filters and the start forms' unit lists once the engine is up. */
@Component
class OrganizationStartup {

  private static final Logger log = LoggerFactory.getLogger(OrganizationStartup.class);

  private final OrganizationImport organizationImport;
  private final TasklistFilters filters;
  private final OrganizationForms forms;

  OrganizationStartup(OrganizationImport organizationImport, TasklistFilters filters, OrganizationForms forms) {
    this.organizationImport = organizationImport;
    this.filters = filters;
    this.forms = forms;
  }

  @EventListener(ApplicationReadyEvent.class)
  void importOrganization() {
    try {
      runOnce();
    } catch (RuntimeException firstAttempt) {
      // Two nodes starting at the same moment may both create the same group; the second
      // attempt finds what the other node committed.
      log.warn("組織設定匯入與另一節點衝突，重試一次：{}", firstAttempt.getMessage());
      runOnce();
    }
  }

  private void runOnce() {
    organizationImport.run();
    filters.run();
    forms.run();
  }
}
