package tw.gov.securitymeeting.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.followup.FollowUpRepository.ReportRow;
import tw.gov.securitymeeting.followup.FollowUpRepository.ReviewRow;
import tw.gov.securitymeeting.followup.FollowUpRepository.RoundRow;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/** The read-only texts the forms show: earlier rounds, and this round's reports. */
@Component
class FollowUpTexts {

  private final FollowUpRepository repository;
  private final Organization organization;

  FollowUpTexts(FollowUpRepository repository, Organization organization) {
    this.repository = repository;
    this.organization = organization;
  }

  /** Every round so far, oldest first, with its reports, reviews and ruling. */
  String history(long itemId) {
    List<RoundRow> rounds = repository.roundsOfItem(itemId);
    List<ReportRow> reports = repository.reportsOfItem(itemId);
    List<ReviewRow> reviews = repository.reviewsOfItem(itemId);
    StringBuilder text = new StringBuilder();
    for (RoundRow round : rounds) {
      List<ReportRow> roundReports = reports.stream().filter(r -> r.roundId() == round.id()).toList();
      List<ReviewRow> roundReviews = reviews.stream().filter(r -> r.roundId() == round.id()).toList();
      if (roundReports.isEmpty() && roundReviews.isEmpty() && round.ruling() == null) {
        continue;
      }
      text.append("【第").append(round.number()).append("次列管，期限 ").append(RocDates.format(round.dueDate())).append("】\n");
      text.append("指示：").append(round.instruction()).append('\n');
      for (ReportRow report : roundReports) {
        text.append(reportLine(report)).append('\n');
      }
      for (ReviewRow review : roundReviews) {
        text.append(reviewLine(review)).append('\n');
      }
      if (round.ruling() != null) {
        text.append("主席裁示：").append(Choices.label(Choices.RULING, round.ruling())).append('\n');
      }
      text.append('\n');
    }
    return text.isEmpty() ? "（尚無紀錄）" : text.toString().strip();
  }

  /** The latest report of each unit in the item's current round. */
  String currentReports(long itemId) {
    RoundRow round = repository.currentRound(itemId);
    Map<String, ReportRow> latest = new LinkedHashMap<>();
    for (ReportRow report : repository.reportsOfItem(itemId)) {
      if (report.roundId() == round.id()) {
        latest.put(report.unitId(), report);
      }
    }
    if (latest.isEmpty()) {
      return "（本次列管尚無填報）";
    }
    StringBuilder text = new StringBuilder();
    for (ReportRow report : latest.values()) {
      text.append(reportLine(report)).append('\n');
    }
    return text.toString().strip();
  }

  /** The units' answers of the current round joined, to prefill the secretariat's 辦理情形. */
  String joinedProgress(long itemId) {
    RoundRow round = repository.currentRound(itemId);
    Map<String, ReportRow> latest = new LinkedHashMap<>();
    repository.reportsOfItem(itemId).stream().filter(r -> r.roundId() == round.id()).forEach(r -> latest.put(r.unitId(), r));
    if (latest.size() == 1) {
      return latest.values().iterator().next().progress();
    }
    return String.join("\n", latest.values().stream().map(r -> organization.unitName(r.unitId()) + "：" + r.progress()).toList());
  }

  /** The secretariat's latest recommendation in the item's current round. */
  String currentRecommendation(long itemId) {
    RoundRow round = repository.currentRound(itemId);
    return repository.reviewsOfItem(itemId).stream()
        .filter(r -> r.roundId() == round.id() && r.recommendation() != null)
        .reduce((first, second) -> second)
        .map(this::reviewLine)
        .orElse("（幕僚單位尚未提出建議）");
  }

  private String reportLine(ReportRow report) {
    return organization.unitName(report.unitId()) + "（" + Choices.label(Choices.PROGRESS_STATUS, report.status()) + "，"
        + Choices.label(Choices.SUGGESTION, report.suggestion()) + "，" + RocDates.format(report.reportedAt()) + "）："
        + report.progress();
  }

  private String reviewLine(ReviewRow review) {
    if (!review.returnTo().isEmpty()) {
      return "幕僚單位退回 " + String.join("、", review.returnTo().stream().map(organization::unitName).toList())
          + " 重新填報，理由：" + review.returnReason();
    }
    return "幕僚單位建議：" + Choices.label(Choices.RECOMMENDATION, review.recommendation())
        + (review.note() == null ? "" : "。" + review.note());
  }
}
