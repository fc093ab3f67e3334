package tw.gov.securitymeeting.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The scale part at each level (items in total, levels cumulative): closed items written with SQL (ClosedItems),
 * open items registered through the API by several workers (each a real process instance with the units'
 * 「填報辦理情形」 tasks; half of the meetings' due dates already past), then the p50/p95 of the reads people make,
 * 總覽 and 統計, one reminder sweep, the heap and the statements that took longest.
 */
final class Scale {

  private static final int ITEMS = 10;

  private final AppTarget app;
  private final Postgres postgres;
  private final int calls;
  private final int openMax;
  private final int workers;
  private int closedMeetings;
  private int openMeetings;

  Scale(AppTarget app, Postgres postgres, int calls, int openMax, int workers) {
    this.app = app;
    this.postgres = postgres;
    this.calls = calls;
    this.openMax = openMax;
    this.workers = workers;
  }

  void run(List<Integer> levels) throws Exception {
    for (int level : levels) {
      int open = Math.min(level / 5, openMax) / ITEMS;
      int closed = Math.max(0, level / ITEMS - Math.max(open, openMeetings));
      long start = System.nanoTime();
      int closedFrom = closedMeetings;
      int closedTo = Math.max(closedMeetings, closed);
      new ClosedItems(postgres.dataSource(app.database())).insert(closedFrom, closedTo);
      closedMeetings = closedTo;
      long sql = System.nanoTime() - start;
      int openFrom = openMeetings;
      Driver.run(workers, Math.max(0, open - openFrom), i -> load(openFrom + i));
      openMeetings = Math.max(open, openMeetings);
      long api = System.nanoTime() - start - sql;
      postgres.analyze(app.database()); // as autovacuum would have by then: planner statistics of the loaded tables
      int items = (closedMeetings + openMeetings) * ITEMS;
      System.out.printf("%n== %s at %,d items: %,d closed (SQL, %d s), %,d open through the API (%d workers, %d s; half overdue) ==%n",
          app.name(), items, closedMeetings * ITEMS, sql / 1_000_000_000, openMeetings * ITEMS, workers, api / 1_000_000_000);
      measure();
      System.out.printf("%s: heap used after the load of %,d items %d MB (jcmd GC.heap_info)%n", app.name(), items, app.heapUsedMb());
      slowest();
    }
  }

  /** Open meeting k: its 10 items wait for both units' reports, due 10 days ago (k even) or in 60 days. */
  private int load(int k) throws Exception {
    LocalDate due = k % 2 == 0 ? LocalDate.now().minusDays(10) : LocalDate.now().plusDays(60);
    return app.register(new Latencies(), "規模會報 列管中 " + app.name() + " " + k + " " + System.nanoTime(), ITEMS, due).size();
  }

  /** The application's statements with the highest mean time since the measurements began (pg_stat_statements). */
  private void slowest() throws Exception {
    System.out.println("slowest statements of the measured calls (mean ms, calls, rows/call):");
    for (String line : postgres.slowest(app.database(), 6)) {
      System.out.println("  " + line);
    }
  }

  private void measure() throws Exception {
    postgres.resetStatements(app.database());
    AppHttp http = app.http();
    JsonNode meetings = http.call("ethics-clerk", "GET", "/api/meetings", null);
    long meeting = meetings.get(meetings.size() - 1).get("id").asLong();
    for (JsonNode m : meetings) {
      meeting = Math.max(meeting, m.get("id").asLong());
    }
    long id = meeting;
    List<String[]> rows = new ArrayList<>();
    rows.add(time("GET /api/meetings", () -> http.call("ethics-clerk", "GET", "/api/meetings", null)));
    rows.add(time("GET /api/meetings/{id}", () -> http.call("ethics-clerk", "GET", "/api/meetings/" + id, null)));
    rows.add(time("follow-up report HTML", () -> http.call("ethics-clerk", "GET", "/api/meetings/" + id + "/follow-up-report",
        null, "text/html")));
    rows.add(time("follow-up report ODT", () -> http.call("ethics-clerk", "GET",
        "/api/meetings/" + id + "/follow-up-report?format=odt", null, "*/*")));
    rows.add(time("總覽 / (HTML)", () -> http.call("ethics-clerk", "GET", "/", null, "text/html")));
    rows.add(time("統計 /statistics (HTML)", () -> http.call("ethics-clerk", "GET", "/statistics", null, "text/html")));
    for (String name : List.of("本單位待辦", "逾期案件")) {
      JsonNode filter = http.call("construction-clerk", "GET",
          "/engine-rest/filter?resourceType=Task&name=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8), null).get(0);
      String filterId = filter.get("id").asText();
      String body = listBody(filter);
      long[] count = new long[1];
      rows.add(time("filter " + name + " count", () -> {
        count[0] = http.call("construction-clerk", "GET", "/engine-rest/filter/" + filterId + "/count", null).get("count").asLong();
        return null;
      }));
      rows.get(rows.size() - 1)[0] += " (" + count[0] + " tasks)";
      rows.add(time("filter " + name + " list (hal+json)", () -> http.call("construction-clerk", "POST",
          "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15", body, "application/hal+json")));
    }
    System.out.printf("%-44s %9s %9s %11s%n", "call (" + calls + " each)", "p50 ms", "p95 ms", "SQL / call");
    rows.forEach(r -> System.out.printf("%-44s %9s %9s %11s%n", (Object[]) r));
    sweep();
  }

  /** The body Tasklist sends (the filter's variable columns are embedded by the engine in hal+json). */
  private static String listBody(JsonNode filter) {
    return "{\"processVariables\": [], \"taskVariables\": [], \"caseInstanceVariables\": [],"
        + " \"sorting\": [{\"sortBy\": \"created\", \"sortOrder\": \"desc\"}]}";
  }

  private String[] time(String kind, java.util.concurrent.Callable<Object> call) throws Exception {
    call.call(); // warm
    Postgres.Counters before = postgres.counters(app.database());
    Latencies latencies = new Latencies();
    for (int i = 0; i < calls; i++) {
      latencies.time(kind, call);
    }
    Postgres.Counters after = postgres.counters(app.database());
    long[] s = latencies.summary().get(kind);
    return new String[] {kind, String.format("%.1f", s[1] / 1000.0), String.format("%.1f", s[2] / 1000.0),
        String.format("%.0f", (after.statements() - before.statements()) / (double) calls)};
  }

  /**
   * One reminder sweep: the admin executes the sweep's timer job now (POST /engine-rest/job/{id}/execute). The
   * job executor may have just run and replaced the timer (404): then the new one is looked up again.
   */
  private void sweep() throws Exception {
    AppHttp admin = app.adminHttp();
    for (int attempt = 1; attempt <= 5; attempt++) {
      JsonNode jobs = admin.call("admin", "GET", "/engine-rest/job?processDefinitionKey=reminder-sweep&timers=true", null);
      if (jobs.isEmpty()) {
        System.out.println("reminder sweep: no timer job found");
        return;
      }
      String job = jobs.get(0).get("id").asText();
      Postgres.Counters before = postgres.counters(app.database());
      long start = System.nanoTime();
      int status = admin.send("admin", "POST", "/engine-rest/job/" + job + "/execute", null, "application/json").statusCode();
      long ms = (System.nanoTime() - start) / 1_000_000;
      if (status / 100 != 2) {
        System.out.printf("reminder sweep: job %s answered %d, looking it up again%n", job, status);
        continue;
      }
      Postgres.Counters after = postgres.counters(app.database());
      JsonNode queued = admin.call("admin", "GET", "/engine-rest/job/count?processDefinitionKey=mail-delivery", null);
      System.out.printf("reminder sweep (timer job executed by admin): %d ms, %d SQL statements; %s; mail jobs now %s%n", ms,
          after.statements() - before.statements(), app.lastLogLine("到期與逾期提醒："), queued.get("count").asText());
      return;
    }
  }
}
