package tw.gov.securitymeeting.publication;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.calendar.WorkingDayCalendar;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * 「上網公告」: the drafter records where and when the approved notice went online. For an event site it
 * also fixes the take-down: the event end date, or the next working day when that is not one.
 */
@Component("publishTask")
class PublishTask implements NoticeTask {

  /** How far ahead of the server's clock a time written by the drafter may be. */
  static final Duration CLOCK_LEEWAY = Duration.ofMinutes(5);

  private final PublicationRepository repository;
  private final PublicationCase publicationCase;
  private final WorkingDayCalendar calendar;
  private final PublicationProperties properties;

  PublishTask(PublicationRepository repository, PublicationCase publicationCase, WorkingDayCalendar calendar,
      PublicationProperties properties) {
    this.repository = repository;
    this.publicationCase = publicationCase;
    this.calendar = calendar;
    this.properties = properties;
  }

  @Override
  public void onComplete(DelegateTask task) {
    List<FieldProblem> problems = new ArrayList<>();
    String url = PublicationRequestValidator.url(SubmittedValues.text(task, "publishedUrl"), "publishedUrl", "公告網址", problems);
    Instant publishedAt = SubmittedValues.pastTime(task.getVariable("publishedAt"), "publishedAt", "上網時間", CLOCK_LEEWAY, problems);
    SubmittedValues.refuseIf(problems);
    PublicationRepository.Row notice = publicationCase.of(task);
    repository.recordPublished(notice.id(), url, publishedAt, RocDates.now());
    var instance = task.getExecution().getProcessInstance();
    instance.setVariable("publishedUrl", url);
    instance.setVariable("publishedAtText", RocDates.dateTime(publishedAt));
    if (notice.eventEndDate() != null) {
      long id = notice.id();
      LocalDate takeDownOn = takeDownOn(notice.eventEndDate());
      LocalDate due = calendar.addWorkingDays(takeDownOn, properties.takeDownWorkingDays());
      Date dueAt = RocDates.endOfDay(due);
      repository.scheduleTakeDown(id, takeDownOn);
      instance.setVariable("takeDownAt", Date.from(takeDownOn.atStartOfDay(RocDates.TAIPEI).toInstant()));
      instance.setVariable("takeDownOnText", RocDates.withWeekday(takeDownOn));
      instance.setVariable("takeDownDue", dueAt);
      instance.setVariable("takeDownDueText", RocDates.withWeekday(due));
      instance.setVariable("takeDownOverdueAt", new Date(dueAt.getTime() + 1000));
    }
  }

  /** The event end date, or the next working day when it is a weekend or holiday. */
  LocalDate takeDownOn(LocalDate eventEnd) {
    LocalDate day = eventEnd;
    while (!calendar.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }
}
