package tw.gov.securitymeeting.specialperiod;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「啟動數位證據保全」: starts the {@code digital-evidence-preservation} process for a 資安 situation, by its key
 * and with the variables of its start form (事件經過, 發生時間, 知悉時間 = when the situation was reported,
 * 受影響系統, 通報人, 單位, 等級), and keeps the link (process instance, business key) on the situation. This is
 * the only place that knows how that process starts.
 */
@Component("specialPeriodEvidenceStart")
class SpecialPeriodEvidenceStart implements JavaDelegate {

  static final String PROCESS = "digital-evidence-preservation";
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final SpecialPeriodSituations routing;
  private final SituationRepository situations;
  private final RuntimeService runtimeService;

  SpecialPeriodEvidenceStart(SpecialPeriodSituations routing, SituationRepository situations, @Lazy RuntimeService runtimeService) {
    this.routing = routing;
    this.situations = situations;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SituationRepository.SituationRow s = routing.situation(execution);
    Map<String, Object> variables = new HashMap<>();
    variables.put("description", "專案期間狀況通報 " + s.id() + "：" + s.description() + "（" + s.place() + "）");
    variables.put("occurredAt", s.occurredAt().atZone(RocDates.TAIPEI).format(MINUTES));
    variables.put("awareAt", s.reportedAt().atZone(RocDates.TAIPEI).format(MINUTES));
    variables.put("systems", s.evidenceSystems());
    variables.put("reporter", s.reporter());
    variables.put("unit", s.unitId());
    variables.put("level", s.evidenceLevel());
    ProcessInstance evidence = runtimeService.startProcessInstanceByKey(PROCESS, variables);
    String businessKey = runtimeService.createProcessInstanceQuery().processInstanceId(evidence.getId()).singleResult() == null
        ? evidence.getBusinessKey()
        : runtimeService.createProcessInstanceQuery().processInstanceId(evidence.getId()).singleResult().getBusinessKey();
    situations.evidenceStarted(s.id(), evidence.getId(), businessKey);
    situations.event(s.id(), "已啟動數位證據保全", businessKey == null ? evidence.getId() : businessKey, null, RocDates.now());
  }
}
