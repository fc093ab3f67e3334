package tw.gov.securitymeeting.overview;

import java.util.List;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.CurrentUser;

/**
 * Which units the signed-in user may see: every unit for the chair, the secretariat and admins; otherwise the units
 * the organisation file gives the user (their groups ∩ units). Never from a parameter.
 */
@Component
class OverviewScope {

  private final CurrentUser currentUser;
  private final Organization organization;

  OverviewScope(CurrentUser currentUser, Organization organization) {
    this.currentUser = currentUser;
    this.organization = organization;
  }

  record Scope(boolean everyUnit, List<String> units) {
    boolean sees(String unit) {
      return units.contains(unit);
    }
  }

  Scope current() {
    if (currentUser.isMemberOfAny(organization.chairGroup(), organization.secretariat(), CurrentUser.ADMIN_GROUP)) {
      return new Scope(true, organization.unitIds());
    }
    String user = currentUser.id();
    List<String> units = user == null ? List.of() : organization.unitsOf(user);
    if (units.isEmpty()) {
      throw PageRefusal.forbidden("您的帳號不屬於任何單位，無法查看列管情形。");
    }
    return new Scope(false, units);
  }
}
