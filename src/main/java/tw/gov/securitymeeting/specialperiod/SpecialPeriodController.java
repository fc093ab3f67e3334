package tw.gov.securitymeeting.specialperiod;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.FeatureLinks;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.OdfTexts;

/**
 * Special-period plans over HTTP. 政風處 and admins create and copy plans; everyone reads the list and a
 * plan, a unit only its own measures; 政風處, the chair and admins read the whole plan and its result
 * report; anyone reports a situation.
 */
@RestController
@RequestMapping("/api/special-periods")
class SpecialPeriodController implements FeatureLinks {

  @Override
  public List<Link> links() {
    return List.of(new Link("專案安全維護計畫 API", "/api/special-periods"));
  }

  private final PlanValidator validator;
  private final SituationValidator situationValidator;
  private final PlanRepository plans;
  private final SituationRepository situations;
  private final SpecialPeriodQueries queries;
  private final SpecialPeriodAccess access;
  private final DutyLogApi dutyLog;
  private final RuntimeService runtimeService;

  SpecialPeriodController(PlanValidator validator, SituationValidator situationValidator, PlanRepository plans,
      SituationRepository situations, SpecialPeriodQueries queries, SpecialPeriodAccess access, DutyLogApi dutyLog,
      RuntimeService runtimeService) {
    this.validator = validator;
    this.situationValidator = situationValidator;
    this.plans = plans;
    this.situations = situations;
    this.queries = queries;
    this.access = access;
    this.dutyLog = dutyLog;
    this.runtimeService = runtimeService;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SpecialPeriodViews.Started> create(@RequestBody(required = false) PlanRequest request) {
    access.requireEditor();
    return start(variables(validator.validate(request)));
  }

  @GetMapping
  List<SpecialPeriodViews.Summary> list() {
    return queries.list();
  }

  @GetMapping("/{id}")
  SpecialPeriodViews.Plan plan(@PathVariable long id) {
    return queries.plan(id, access.unitsOnly()).orElseThrow(() -> notFound(id));
  }

  /** The same plan for a new period: {@code startDate} (required), {@code endDate} and {@code title} (optional). */
  @PostMapping(path = "/{id}/copy", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SpecialPeriodViews.Started> copy(@PathVariable long id, @RequestBody(required = false) Map<String, Object> body) {
    access.requireEditor();
    PlanRepository.PlanRow source = plans.find(id).orElseThrow(() -> notFound(id));
    Map<String, Object> given = body == null ? Map.of() : body;
    PlanRequest request = PlanCopy.of(source, plans.measures(id), text(given.get("startDate")), text(given.get("endDate")),
        text(given.get("title")));
    validator.validate(request);
    Map<String, Object> variables = new HashMap<>();
    variables.put("copyFrom", String.valueOf(id));
    variables.put("startDate", text(given.get("startDate")));
    variables.put("endDate", text(given.get("endDate")));
    variables.put("title", text(given.get("title")));
    return start(variables);
  }

  @GetMapping("/{id}/report")
  ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(required = false) String format) {
    if (format == null || !"odt".equalsIgnoreCase(format.strip())) {
      throw new InvalidRequestException(List.of(new FieldProblem("format", "目前只提供 ODF 文件，請以 format=odt 下載。")));
    }
    access.requireOverseer();
    SpecialPeriodViews.Plan plan = queries.plan(id, null).orElseThrow(() -> notFound(id));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(OdfTexts.MEDIA_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(plan.title() + "成果報告.odt", StandardCharsets.UTF_8).build().toString())
        .body(ResultReportOdt.write(plan));
  }

  @PostMapping(path = "/{id}/situations", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SpecialPeriodViews.Situation> situation(@PathVariable long id, @RequestBody(required = false) SituationRequest request) {
    PlanRepository.PlanRow plan = plans.find(id).orElseThrow(() -> notFound(id));
    ValidSituation valid = situationValidator.validate(plan, request);
    Map<String, Object> variables = new HashMap<>();
    variables.put("planId", String.valueOf(id));
    variables.put("kind", valid.kind().name());
    variables.put("ownAgency", valid.ownAgency());
    variables.put("description", valid.description());
    variables.put("place", valid.place());
    variables.put("occurredAt", request.occurredAt());
    variables.put("unit", valid.unitId());
    variables.put("reporter", valid.reporter());
    variables.put("notifiedAuthority", valid.notifiedAuthority());
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(SpecialPeriodGrants.SITUATION_PROCESS, variables);
    SituationRepository.SituationRow row = situations.byProcessInstance(instance.getId()).orElseThrow();
    return ResponseEntity.created(URI.create("/api/special-periods/" + id + "/situations/" + row.id()))
        .body(queries.situation(row));
  }

  /** The day's rounds, for the duty group: the same check as the Tasklist form, then the day's task is completed. */
  @PostMapping(path = "/{id}/duty-log", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SpecialPeriodViews.DutyLog> duty(@PathVariable long id, @RequestBody(required = false) Map<String, Object> body) {
    PlanRepository.PlanRow plan = plans.find(id).orElseThrow(() -> notFound(id));
    access.requireDutyGroup();
    dutyLog.record(plan, body == null ? Map.of() : body);
    return ResponseEntity.status(201).body(queries.dutyLog(id));
  }

  private static Map<String, Object> variables(ValidPlan plan) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("title", plan.title());
    variables.put("occasion", plan.occasion());
    variables.put("startDate", plan.startDate().toString());
    variables.put("endDate", plan.endDate().toString());
    variables.put("mission", plan.mission());
    variables.put("measures", tw.gov.securitymeeting.system.SubmittedValues.json(plan.measures().stream()
        .map(m -> Map.of("area", m.area().name(), "text", m.text(), "units", m.units())).toList()));
    variables.put("notes", plan.notes());
    variables.put("coordination", plan.coordination());
    variables.put("contacts", plan.contacts());
    return variables;
  }

  private ResponseEntity<SpecialPeriodViews.Started> start(Map<String, Object> variables) {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(SpecialPeriodGrants.PLAN_PROCESS, variables);
    PlanRepository.PlanRow row = plans.byProcessInstance(instance.getId()).orElseThrow();
    return ResponseEntity.created(URI.create("/api/special-periods/" + row.id())).body(new SpecialPeriodViews.Started(row.id(),
        instance.getId(), row.title(), row.startDate(), row.endDate(), PlanTexts.period(row)));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static ApiException notFound(long id) {
    return ApiException.notFound("沒有編號 " + id + " 的專案安全維護計畫。");
  }
}
