package tw.gov.securitymeeting.reminder;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** Drives the engine's jobs as the job executor would, at a chosen Taipei time. */
final class ReminderJobs {

  private final ManagementService managementService;

  ReminderJobs(ManagementService managementService) {
    this.managementService = managementService;
  }

  /** Moves the clock, fires the sweep's timer and its digest step; leaves mails queued. */
  void sweepAt(LocalDateTime taipeiTime) {
    ClockUtil.setCurrentTime(Date.from(taipeiTime.atZone(ZoneId.of("Asia/Taipei")).toInstant()));
    Job timer = managementService.createJobQuery().processDefinitionKey("reminder-sweep").timers().singleResult();
    managementService.executeJob(timer.getId());
    for (Job step : managementService.createJobQuery().processDefinitionKey("reminder-sweep").messages().list()) {
      managementService.executeJob(step.getId());
    }
  }

  /** Runs every queued mail delivery once; failures stay for the next call (as retries would). */
  void deliver() {
    for (Job job : managementService.createJobQuery().processDefinitionKey("mail-delivery").withRetriesLeft().list()) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException smtpRefused) {
        // recorded by the delivery; the job keeps its remaining retries
      }
    }
  }
}
