package tw.gov.securitymeeting.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;

/**
 * What the layout of every page shows around its content: the navigation bar (the features' entries,
 * then Tasklist and Cockpit) and who is signed in. Templates call it as {@code @pageNavigation}.
 */
@Component
public class PageNavigation {

  static final List<PageLinks.PageLink> WEBAPPS = List.of(
      new PageLinks.PageLink(900, "待辦清單（Tasklist）", "/camunda/app/tasklist/"),
      new PageLinks.PageLink(910, "流程監控（Cockpit）", "/camunda/app/cockpit/"));

  private final List<PageLinks.PageLink> links;
  private final CurrentUser currentUser;
  private final Organization organization;

  PageNavigation(List<PageLinks> features, CurrentUser currentUser, Organization organization) {
    List<PageLinks.PageLink> all = new ArrayList<>(WEBAPPS);
    features.forEach(feature -> all.addAll(feature.pageLinks()));
    all.sort(Comparator.comparingInt(PageLinks.PageLink::order));
    this.links = List.copyOf(all);
    this.currentUser = currentUser;
    this.organization = organization;
  }

  public List<PageLinks.PageLink> links() {
    return links;
  }

  /** The signed-in user's name as the organization file has it, or their id. */
  public String userName() {
    String id = currentUser.id();
    return id == null ? "" : organization.user(id).map(Organization.Member::name).orElse(id);
  }
}
