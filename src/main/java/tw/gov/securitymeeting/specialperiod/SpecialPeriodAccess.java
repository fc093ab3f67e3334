package tw.gov.securitymeeting.specialperiod;

import java.util.List;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.CurrentUser;

/** Who may do what with plans over the API, from the signed-in user's groups (never from the request). */
@Component
class SpecialPeriodAccess {

  private final CurrentUser currentUser;
  private final Organization organization;
  private final SpecialPeriodProperties properties;

  SpecialPeriodAccess(CurrentUser currentUser, Organization organization, SpecialPeriodProperties properties) {
    this.currentUser = currentUser;
    this.organization = organization;
    this.properties = properties;
  }

  boolean isEditor() {
    return currentUser.isMemberOfAny(organization.secretariat(), CurrentUser.ADMIN_GROUP);
  }

  boolean isOverseer() {
    return isEditor() || currentUser.isMemberOfAny(organization.chairGroup());
  }

  void requireEditor() {
    if (!isEditor()) {
      throw ApiException.forbidden("只有" + organization.unitName(organization.secretariat()) + "或系統管理者可以訂定或複製專案安全維護計畫。");
    }
  }

  void requireOverseer() {
    if (!isOverseer()) {
      throw ApiException.forbidden("只有" + organization.unitName(organization.secretariat()) + "、主席或系統管理者可以下載成果報告。");
    }
  }

  void requireDutyGroup() {
    if (!currentUser.isMemberOfAny(properties.dutyGroup())) {
      throw ApiException.forbidden("只有" + organization.unitName(properties.dutyGroup()) + "的值勤人員可以登錄值勤巡查紀錄。");
    }
  }

  /** null for those who see the whole plan; otherwise the units whose measures the user may see. */
  List<String> unitsOnly() {
    return isOverseer() ? null : organization.unitsOf(currentUser.id());
  }
}
