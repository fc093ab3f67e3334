package tw.gov.securitymeeting.overview;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/** 統計 ({@code /statistics}) and its exports; a unit's clerk or head gets only their unit's rows. */
@Controller
class StatisticsController {

  private final OverviewScope scope;
  private final Statistics statistics;
  private final Organization organization;

  StatisticsController(OverviewScope scope, Statistics statistics, Organization organization) {
    this.scope = scope;
    this.statistics = statistics;
    this.organization = organization;
  }

  /** One series' line chart: its name and the SVG. */
  record Chart(String series, String svg) {}

  @GetMapping("/statistics")
  String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String unit, Model model) {
    Statistics.Report report = report(from, to, unit);
    model.addAttribute("report", report);
    model.addAttribute("from", report.period().from().toString());
    model.addAttribute("to", report.period().to().toString());
    model.addAttribute("unit", unit == null ? "" : unit);
    model.addAttribute("bars", Charts.bars(report.bars()));
    List<Chart> lines = new java.util.ArrayList<>();
    for (int i = 0; i < report.lines().size(); i++) {
      Statistics.SeriesLine line = report.lines().get(i);
      lines.add(new Chart(line.series(), Charts.line(line.points(), i == 0 ? "open-line" : "open-line-" + (i + 1))));
    }
    model.addAttribute("lines", lines);
    return "overview/statistics";
  }

  @GetMapping("/statistics.ods")
  ResponseEntity<byte[]> ods(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String unit) {
    Statistics.Report report = tables(from, to, unit);
    return download(StatisticsExports.ods(report), MediaType.parseMediaType(StatisticsExports.ODS), report, "ods");
  }

  @GetMapping("/statistics.csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String unit) {
    Statistics.Report report = tables(from, to, unit);
    return download(StatisticsExports.csv(report), new MediaType("text", "csv", StandardCharsets.UTF_8), report, "csv");
  }

  private Statistics.Report report(String from, String to, String unit) {
    OverviewScope.Scope mine = scope.current();
    return statistics.report(units(mine, unit), StatisticsPeriod.of(from, to, RocDates.today()));
  }

  private Statistics.Report tables(String from, String to, String unit) {
    OverviewScope.Scope mine = scope.current();
    return statistics.tables(units(mine, unit), StatisticsPeriod.of(from, to, RocDates.today()));
  }

  /** The units asked for: all in scope, or one; another unit than one's own is refused (403), an unknown one is a bad request. */
  private List<String> units(OverviewScope.Scope mine, String unit) {
    if (unit == null || unit.isBlank()) {
      return mine.units();
    }
    if (!organization.isUnit(unit)) {
      throw PageRefusal.badRequest("找不到這個單位，請從清單選擇。");
    }
    if (!mine.sees(unit)) {
      throw PageRefusal.forbidden("您只能查看本單位的統計。");
    }
    return List.of(unit);
  }


  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, Statistics.Report report, String extension) {
    String name = "列管統計_" + report.period().from() + "_" + report.period().to() + "." + extension;
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(body);
  }
}
