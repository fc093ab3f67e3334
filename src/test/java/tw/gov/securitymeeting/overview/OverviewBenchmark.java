package tw.gov.securitymeeting.overview;

import db.migration.V18__follow_up_unit_figures_backfill;
import db.migration.V22__follow_up_closed_tally_backfill;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.EmbeddedPostgres;
import tw.gov.securitymeeting.SecurityMeetingApplication;

/**
 * Not a test: loads 1,000 and then 100,000 follow-up items (50 per meeting, a meeting every 3 days back from
 * 2026-12-01, about 80% of the older ones closed, 1–3 rounds, 1–2 units, some reports late) into embedded PostgreSQL
 * and prints p50/p95 of 總覽, an item page (with its diagram), 統計 and its ODS and CSV exports, as the chair.
 *
 * <pre>./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=tw.gov.securitymeeting.overview.OverviewBenchmark</pre>
 *
 * With {@code -Dbenchmark.explain=true} it also prints the plan (EXPLAIN ANALYZE) of every query of 總覽 and 統計 at
 * 100,000 items; {@code -Dbenchmark.runs=N} measures N calls of each page instead of 20.
 */
public final class OverviewBenchmark {

  static final int WARM_UP = 3;
  /** Calls measured per page and level ({@code -Dbenchmark.runs}, default 20). */
  static final int RUNS = Integer.getInteger("benchmark.runs", 20);
  static final long FIRST_ID = 1_000_000;

  private OverviewBenchmark() {}

  public static void main(String[] args) throws Exception {
    // System properties: they win over the demo profile's H2 address.
    Map<String, String> properties = new HashMap<>(EmbeddedPostgres.newDatabase());
    properties.put("server.port", "0");
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("logging.level.root", "WARN");
    boolean explain = Boolean.getBoolean("benchmark.explain");
    properties.forEach(System::setProperty);
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SecurityMeetingApplication.class)
        .profiles("demo").run()) {
      int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      HttpClient client = HttpClient.newHttpClient();
      long itemWithProcess = registerOne(client, port, jdbc);
      Map<Integer, Map<String, long[]>> results = new java.util.LinkedHashMap<>();
      int loaded = 0;
      for (int total : new int[] {1_000, 100_000}) {
        long started = System.nanoTime();
        load(jdbc, loaded, total);
        loaded = total;
        // What autovacuum does soon after a bulk load: statistics, and the visibility map for index-only scans.
        jdbc.execute("vacuum analyze");
        if (explain && total == 100_000) {
          explainQueries(context);
        }
        System.out.printf(Locale.ROOT, "%n%,d items loaded (%d s)%n", total, (System.nanoTime() - started) / 1_000_000_000);
        Map<String, long[]> figures = new java.util.LinkedHashMap<>();
        for (String path : List.of("/", "/items/" + itemWithProcess, "/items/" + (FIRST_ID + total / 2), "/statistics",
            "/statistics.ods", "/statistics.csv")) {
          long[] p = measure(client, port, path);
          figures.put(path, p);
          System.out.printf(Locale.ROOT, "  %-22s p50 %4d ms   p95 %4d ms%n", path, p[0], p[1]);
        }
        results.put(total, figures);
      }
      System.out.println("\n| 頁面 | 1,000 p50 | 1,000 p95 | 100,000 p50 | 100,000 p95 | 比（p95） |");
      System.out.println("|---|---|---|---|---|---|");
      Map<String, long[]> small = results.get(1_000);
      Map<String, long[]> large = results.get(100_000);
      List<String> smallKeys = new ArrayList<>(small.keySet());
      List<String> largeKeys = new ArrayList<>(large.keySet());
      for (int i = 0; i < smallKeys.size(); i++) {
        long[] a = small.get(smallKeys.get(i));
        long[] b = large.get(largeKeys.get(i));
        System.out.printf(Locale.ROOT, "| `%s` | %d | %d | %d | %d | %.2f |%n", largeKeys.get(i), a[0], a[1], b[0], b[1],
            (double) Math.max(1, b[1]) / Math.max(1, a[1]));
      }
    }
    System.exit(0);
  }

  /** With -Dbenchmark.explain=true: EXPLAIN ANALYZE of every query of 總覽 and 統計 as the chair, at 100,000 items. */
  private static void explainQueries(ConfigurableApplicationContext context) {
    ExplainingJdbc jdbc = new ExplainingJdbc(context.getBean(javax.sql.DataSource.class));
    List<String> units = context.getBean(tw.gov.securitymeeting.organization.Organization.class).unitIds();
    java.time.LocalDate today = tw.gov.securitymeeting.system.RocDates.today();
    OverviewQueries overview = new OverviewQueries(jdbc);
    OverviewQueries.Units lines = overview.units(units, today);
    overview.counts(units, true, lines.overdueItems(), today);
    overview.meetings(units, true, today, OverviewController.MEETINGS_SHOWN);
    overview.overdueItems(units, true, today, OverviewController.OVERDUE_SHOWN);
    StatisticsQueries statistics = new StatisticsQueries(jdbc);
    java.time.LocalDate from = today.withDayOfYear(1);
    java.time.LocalDate to = from.plusYears(1).minusDays(1);
    statistics.tables(units, true, from, to, today);
    String series = statistics.latestSeries(to).orElseThrow();
    statistics.openOn(units, true, series, statistics.lastMeetings(series, to, Statistics.LINE_MEETINGS).stream()
        .map(StatisticsQueries.MeetingName::heldOn).toList());
  }

  /** One meeting registered through the API, so that one item has a real process instance and diagram. */
  private static long registerOne(HttpClient client, int port, JdbcTemplate jdbc) throws Exception {
    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/meetings"))
        .header("Authorization", basic("ethics-clerk")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("""
            {"title": "效能測試會報", "heldOn": "2026-11-18", "nextMeetingOn": "2027-02-17",
             "items": [{"number": "提案一", "kind": "PROPOSAL", "subject": "效能測試", "leadUnits": ["construction", "education"]}]}"""))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 201) {
      throw new IllegalStateException(answer.statusCode() + " " + answer.body());
    }
    return jdbc.queryForObject("select min(id) from app_follow_up_item", Long.class);
  }

  /** Items with ids FIRST_ID+from … FIRST_ID+to-1, their meetings, rounds and reports, in bulk SQL (PostgreSQL). */
  static void load(JdbcTemplate jdbc, int from, int to) {
    int meetingsFrom = from / 50;
    int meetingsTo = to / 50;
    jdbc.update("""
        insert into app_meeting (id, series, title, held_on, next_meeting_on, registered_by, registered_at)
        select %d + g, '效能測試', '效能測試會報第' || g || '次', date '2026-12-01' - (g * 3), null, 'ethics-clerk', now()
        from generate_series(?, ?) g""".formatted(FIRST_ID), meetingsFrom, meetingsTo - 1);
    jdbc.update("""
        insert into app_follow_up_item (id, meeting_id, position, item_number, kind, subject, decision, all_units, lead_units,
          units_to_report, due_date, business_key, process_instance_id, status, current_round, closed_at)
        select %1$d + g, %1$d + g / 50, g %% 50, '第' || (g %% 50 + 1) || '案', 'RESOLUTION', '效能測試事項' || g, '請辦理', false,
          x.units, x.units, x.held_on + 30 + 60 * (x.rounds - 1), 'bench-' || g, null, x.status, x.rounds,
          case when x.status = 'CLOSED' then cast(x.held_on + 40 + 60 * (x.rounds - 1) as timestamp) + interval '10' hour end
        from generate_series(?, ?) g
        cross join lateral (select
          date '2026-12-01' - ((g / 50) * 3) as held_on,
          1 + g %% 3 as rounds,
          case when g %% 3 = 0 and g %% 6 <> (g / 6) %% 6
            then (array['administration','ethics','planning','construction','education','social-affairs'])[g %% 6 + 1] || ','
              || (array['administration','ethics','planning','construction','education','social-affairs'])[(g / 6) %% 6 + 1]
            else (array['administration','ethics','planning','construction','education','social-affairs'])[g %% 6 + 1] end as units,
          case when g / 50 > 4 and g %% 10 <> 0 then 'CLOSED' when g %% 4 = 0 then 'AWAITING_CHAIR'
            when g %% 4 = 1 then 'AWAITING_SECRETARIAT' else 'OPEN' end as status) x
        """.formatted(FIRST_ID), from, to - 1);
    jdbc.update("""
        insert into app_follow_up_round (item_id, round_number, instruction, lead_units, due_date, started_at)
        select i.id, rn, '請辦理', i.lead_units, m.held_on + 30 + 60 * (rn - 1), cast(m.held_on + 60 * (rn - 1) as timestamp) + interval '9' hour
        from app_follow_up_item i join app_meeting m on m.id = i.meeting_id cross join generate_series(1, i.current_round) rn
        where i.id between ? and ?""", FIRST_ID + from, FIRST_ID + to - 1);
    jdbc.update("""
        insert into app_progress_report (round_id, unit_id, status, progress, suggestion, reported_by, reported_at)
        select r.id, u.unit_id, 'DONE', '已辦理', 'close', u.unit_id || '-clerk',
          cast(r.due_date - cast(i.id %% 5 as int) + 2 as timestamp) + interval '15' hour
        from app_follow_up_round r join app_follow_up_item i on i.id = r.item_id
        cross join lateral unnest(string_to_array(r.lead_units, ',')) as u(unit_id)
        where i.id between ? and ? and not (i.status = 'OPEN' and r.round_number = i.current_round and i.id %% 2 = 0)
        """.formatted(), FIRST_ID + from, FIRST_ID + to - 1);
    // The unit rows FollowUpRepository writes with every item and round (V15): lead units, owing a report as the V16
    // back-fill decides (no report in the current round since it started).
    jdbc.update("""
        insert into app_follow_up_item_unit (item_id, unit_id, is_lead, is_co, owes_report)
        select i.id, u.unit_id, true, false, not exists (select 1 from app_follow_up_round r join app_progress_report p on p.round_id = r.id
          where r.item_id = i.id and r.round_number = i.current_round and p.unit_id = u.unit_id and p.reported_at >= r.started_at)
        from app_follow_up_item i cross join lateral unnest(string_to_array(i.units_to_report, ',')) as u(unit_id)
        where i.id between ? and ?""", FIRST_ID + from, FIRST_ID + to - 1);
    jdbc.update("""
        insert into app_follow_up_round_unit (round_id, unit_id, item_id)
        select r.id, u.unit_id, r.item_id from app_follow_up_round r
        cross join lateral unnest(string_to_array(r.lead_units, ',')) as u(unit_id)
        where r.item_id between ? and ?""", FIRST_ID + from, FIRST_ID + to - 1);
    // Their figure columns (V17), as FollowUpRepository and the V18 back-fill write them.
    jdbc.update(V18__follow_up_unit_figures_backfill.ITEM_UNITS.formatted(" and item_id between ? and ?"), FIRST_ID + from, FIRST_ID + to - 1);
    jdbc.update(V18__follow_up_unit_figures_backfill.ROUND_UNITS.formatted(" and item_id between ? and ?"), FIRST_ID + from, FIRST_ID + to - 1);
    // The closed items' counters (V21), as FollowUpRepository adds them when it closes an item and the V22 back-fill.
    jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
      V22__follow_up_closed_tally_backfill.add(connection, " and i.id between ? and ?", List.of(FIRST_ID + from, FIRST_ID + to - 1L));
      return null;
    });
  }

  private static long[] measure(HttpClient client, int port, String path) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      get(client, port, path);
    }
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long started = System.nanoTime();
      get(client, port, path);
      times.add((System.nanoTime() - started) / 1_000_000);
    }
    Collections.sort(times);
    return new long[] {times.get(RUNS / 2), times.get((int) Math.ceil(RUNS * 0.95) - 1)};
  }

  private static void get(HttpClient client, int port, String path) throws Exception {
    HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", basic("chair")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(path + " → " + answer.statusCode() + " " + new String(answer.body(), StandardCharsets.UTF_8));
    }
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }
}
