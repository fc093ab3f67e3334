package tw.gov.securitymeeting.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.PageLinks;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * 資安事件 as pages: the incidents the user may read (filter by status, paged) and one incident with its steps,
 * evidence and custody chains. Who reads what is the API's rule: the task force, the readers and admins.
 */
@Controller
class IncidentPages implements PageLinks {

  static final int PAGE_SIZE = 50;
  static final int MAX_PAGE = 100_000;

  private final IncidentQueries queries;
  private final EvidencePolicy policy;
  private final CurrentUser currentUser;
  private final Organization organization;

  IncidentPages(IncidentQueries queries, EvidencePolicy policy, CurrentUser currentUser, Organization organization) {
    this.queries = queries;
    this.policy = policy;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  @Override
  public List<PageLink> pageLinks() {
    return List.of(new PageLink(50, "資安事件", "/incidents"));
  }

  record Choice(String value, String label) {}

  @GetMapping("/incidents")
  String incidents(@RequestParam(required = false) String status, @RequestParam(required = false) String page, Model model,
      HttpServletResponse response) {
    List<FieldProblem> problems = new ArrayList<>();
    String wanted = SubmittedValues.text(status) == null ? null
        : SubmittedValues.choice(status, "status", "狀態", Arrays.stream(IncidentStatus.values()).map(Enum::name).toList(), problems);
    int pageNumber = SubmittedValues.wholeNumber(page, "page", "頁次", 1, 1, MAX_PAGE, problems);
    model.addAttribute("statuses", Arrays.stream(IncidentStatus.values()).map(s -> new Choice(s.name(), s.label())).toList());
    model.addAttribute("status", wanted);
    model.addAttribute("roc", new Roc());
    if (!problems.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("problems", problems);
      return "incidents/list";
    }
    IncidentViews.Page found = queries.page(wanted == null ? null : IncidentStatus.valueOf(wanted), readsAll(), currentUser.id(),
        (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
    model.addAttribute("rows", found.rows());
    model.addAttribute("total", found.total());
    model.addAttribute("page", pageNumber);
    model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
    return "incidents/list";
  }

  @GetMapping("/incidents/{id}")
  String incident(@PathVariable String id, Model model, HttpServletResponse response) {
    IncidentViews.Incident incident = id.matches("[0-9]{1,18}") ? queries.incident(Long.parseLong(id)).orElse(null) : null;
    if (incident == null || !(readsAll() || incident.members().stream().anyMatch(m -> m.id().equals(currentUser.id())))) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("message", "沒有編號 " + id + " 的資安事件，或您沒有查看它的權限。");
      return "incidents/missing";
    }
    model.addAttribute("i", incident);
    model.addAttribute("roc", new Roc());
    return "incidents/incident";
  }

  private boolean readsAll() {
    return currentUser.isMemberOfAny(policy.groupList("readers", null).toArray(String[]::new))
        || currentUser.isMemberOfAny(CurrentUser.ADMIN_GROUP);
  }

  /** Moments as the pages show them (民國), and a deadline's outcome in words. */
  final class Roc {
    public String time(Instant instant) {
      return RocDates.format(instant);
    }

    public String met(Boolean met) {
      return met == null ? "" : met ? "如期" : "逾期";
    }

    public String name(String userId) {
      return userId == null ? "" : organization.user(userId).map(Organization.Member::name).orElse(userId);
    }
  }
}
