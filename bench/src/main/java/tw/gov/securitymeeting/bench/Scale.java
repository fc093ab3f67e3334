package tw.gov.securitymeeting.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The scale part: the application's database loaded through its API to each level (60 % of the items
 * closed, half of the open ones overdue), then the p50/p95 of the reads people make and one reminder sweep.
 */
final class Scale {

  private static final int ITEMS = 10;

  private final AppTarget app;
  private final Postgres postgres;
  private final int calls;
  private final AtomicLong lastMeeting = new AtomicLong();
  private int loaded;

  Scale(AppTarget app, Postgres postgres, int calls) {
    this.app = app;
    this.postgres = postgres;
    this.calls = calls;
  }

  void run(List<Integer> levels) throws Exception {
    for (int level : levels) {
      long start = System.nanoTime();
      int meetings = Math.max(0, (level - loaded + ITEMS - 1) / ITEMS);
      int offset = loaded / ITEMS;
      Driver.run(2, meetings, i -> load(offset + i));
      loaded += meetings * ITEMS;
      System.out.printf("%n== %s at %,d items (loaded through the API in %d s: 60 %% closed, 20 %% open overdue, 20 %% open) ==%n",
          app.name(), loaded, (System.nanoTime() - start) / 1_000_000_000);
      measure();
    }
  }

  /** Meeting k: its 10 items closed (k % 10 < 6), open and overdue (6, 7) or open (8, 9). */
  private int load(int k) throws Exception {
    int kind = k % 10;
    LocalDate due = kind == 6 || kind == 7 ? LocalDate.now().minusDays(10) : LocalDate.now().plusDays(60);
    Latencies ignored = new Latencies();
    List<String> instances = app.register(ignored, "規模會報 " + app.name() + " " + k + " " + System.nanoTime(), ITEMS, due);
    if (kind < 6) {
      for (String instance : instances) {
        app.driveToClosed(ignored, instance);
      }
    }
    return instances.size();
  }

  private void measure() throws Exception {
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

  /** One reminder sweep: the admin executes the sweep's timer job now (POST /engine-rest/job/{id}/execute). */
  private void sweep() throws Exception {
    AppHttp admin = app.adminHttp();
    JsonNode jobs = admin.call("admin", "GET", "/engine-rest/job?processDefinitionKey=reminder-sweep&timers=true", null);
    if (jobs.isEmpty()) {
      System.out.println("reminder sweep: no timer job found");
      return;
    }
    String job = jobs.get(0).get("id").asText();
    Postgres.Counters before = postgres.counters(app.database());
    long start = System.nanoTime();
    admin.call("admin", "POST", "/engine-rest/job/" + job + "/execute", null);
    long ms = (System.nanoTime() - start) / 1_000_000;
    Postgres.Counters after = postgres.counters(app.database());
    JsonNode queued = admin.call("admin", "GET", "/engine-rest/job/count?processDefinitionKey=mail-delivery", null);
    System.out.printf("reminder sweep (timer job executed by admin): %d ms, %d SQL statements; mail jobs now %s%n", ms,
        after.statements() - before.statements(), queued.get("count").asText());
  }
}
