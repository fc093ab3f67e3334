package tw.gov.securitymeeting.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application (java -jar, production profile) on its own database of the same server,
 * driven the way its users drive it: the secretariat registers a meeting (POST /api/meetings), each
 * unit's clerk finds and completes their task over /engine-rest, then the secretariat and the chair.
 */
final class AppTarget implements Target {

  static final String ADMIN_PASSWORD = "Bench-Kw7#pQ2v-Lt9";
  static final String USER_PASSWORD = "Bench-Uz4%rN8m-Hc3";
  static final List<String> USERS = List.of("ethics-clerk", "chair", "construction-clerk", "education-clerk",
      "administration-clerk");

  private final String name;
  private final String database;
  private final ProcessBuilder builder;
  private Process process;
  private final AppHttp http;
  private final int itemsPerMeeting;
  private long startupMillis;
  private final Path log;

  AppTarget(String name, Path jar, Postgres postgres, String database, int itemsPerMeeting, String javaOptions) throws Exception {
    this.name = name;
    this.database = database;
    this.itemsPerMeeting = itemsPerMeeting;
    postgres.createDatabase(database);
    Path work = Files.createTempDirectory("bench-" + database);
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    this.log = work.resolve("application.log");
    List<String> command = new java.util.ArrayList<>(List.of("java"));
    if (!javaOptions.isBlank()) {
      command.addAll(List.of(javaOptions.trim().split("\\s+")));
    }
    command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
    this.builder = new ProcessBuilder(command).directory(work.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.remove("SPRING_PROFILES_ACTIVE");
    env.put("DATABASE_URL", postgres.jdbcUrl(database));
    env.put("DATABASE_USERNAME", "postgres");
    env.put("DATABASE_PASSWORD", "postgres");
    env.put("APP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("PORT", Integer.toString(port));
    env.put("APP_PUBLIC_BASE_URL", "http://localhost:" + port);
    env.put("APP_EVIDENCE_DIRECTORY", work.resolve("evidence").toString());
    env.put("SMTP_HOST", "localhost");
    env.put("SMTP_PORT", "1"); // nothing listens: mails stay queued, as during an SMTP outage
    env.put("APP_REMINDERS_SENDFROM", "00:00"); // the measured reminder sweep works at any hour of a working day
    this.http = new AppHttp("http://localhost:" + port, USER_PASSWORD);
    this.startupMillis = start();
    AppHttp admin = new AppHttp(http.base(), ADMIN_PASSWORD);
    for (String user : USERS) {
      admin.call("admin", "PUT", "/engine-rest/user/" + user + "/credentials",
          "{\"password\": \"" + USER_PASSWORD + "\", \"authenticatedUserPassword\": \"" + ADMIN_PASSWORD + "\"}");
    }
  }

  /** Starts the process (appending to its log); the milliseconds until readiness is UP. */
  private long start() throws Exception {
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long start = System.nanoTime();
    this.process = builder.start();
    while (http.status("/actuator/health/readiness") != 200) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " 未能啟動，見 " + log);
      }
      if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(5)) {
        throw new IllegalStateException(name + " 五分鐘內未就緒，見 " + log);
      }
      Thread.sleep(100);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Stops the application and starts it again on the same database; the start-up time to readiness. */
  long restart() throws Exception {
    close();
    startupMillis = start();
    return startupMillis;
  }

  /** The last line of the application's log containing the text, from the text on ("" when none). */
  String lastLogLine(String text) throws IOException {
    String found = "";
    for (String line : Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8)) {
      int at = line.indexOf(text);
      if (at >= 0) {
        found = line.substring(at);
      }
    }
    return found;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String database() {
    return database;
  }

  @Override
  public long pid() {
    return process.pid();
  }

  long startupMillis() {
    return startupMillis;
  }

  AppHttp http() {
    return http;
  }

  AppHttp adminHttp() {
    return new AppHttp(http.base(), ADMIN_PASSWORD);
  }

  @Override
  public int lifecyclesPerUnit() {
    return itemsPerMeeting;
  }

  @Override
  public int unit(int i, Latencies latencies) throws Exception {
    List<String> instances = register(latencies, "量測會報 " + name + " " + i + " " + System.nanoTime(), itemsPerMeeting,
        LocalDate.now().plusDays(30));
    for (String instance : instances) {
      driveToClosed(latencies, instance);
    }
    return instances.size();
  }

  /** POST /api/meetings as the secretariat; the process instances of its items. */
  List<String> register(Latencies latencies, String title, int items, LocalDate dueDate) throws Exception {
    StringBuilder body = new StringBuilder("{\"title\": \"" + title + "\", \"heldOn\": \"" + LocalDate.now().minusDays(40)
        + "\", \"nextMeetingOn\": \"" + LocalDate.now().plusDays(50) + "\", \"items\": [");
    for (int n = 1; n <= items; n++) {
      body.append(n > 1 ? "," : "").append("{\"number\": \"").append(n).append("\", \"kind\": \"RESOLUTION\", ")
          .append("\"subject\": \"量測案由 ").append(n).append("\", \"decision\": \"請建設處及教育處辦理\", ")
          .append("\"leadUnits\": [\"construction\", \"education\"], \"dueDate\": \"").append(dueDate).append("\"}");
    }
    body.append("]}");
    JsonNode meeting = latencies.time("POST /api/meetings", () -> http.call("ethics-clerk", "POST", "/api/meetings", body.toString()));
    return meeting.get("items").findValuesAsText("processInstanceId");
  }

  /** Both units report, the secretariat recommends closing, the chair closes. */
  void driveToClosed(Latencies latencies, String instance) throws Exception {
    complete(latencies, "report", "construction-clerk", instance, "construction",
        "{\"status\": {\"value\": \"DONE\"}, \"progress\": {\"value\": \"建設處已辦理完成\"}, \"suggestion\": {\"value\": \"close\"}}");
    complete(latencies, "report", "education-clerk", instance, "education",
        "{\"status\": {\"value\": \"DONE\"}, \"progress\": {\"value\": \"教育處已辦理完成\"}, \"suggestion\": {\"value\": \"close\"}}");
    complete(latencies, "review", "ethics-clerk", instance, "ethics",
        "{\"recommendation\": {\"value\": \"close\"}, \"note\": {\"value\": \"均已辦理\"}}");
    complete(latencies, "ruling", "chair", instance, "chair", "{\"ruling\": {\"value\": \"close\"}}");
  }

  private void complete(Latencies latencies, String kind, String user, String instance, String group, String variables)
      throws Exception {
    JsonNode found = latencies.time("find task", () -> http.call(user, "GET",
        "/engine-rest/task?processInstanceId=" + instance + "&candidateGroup=" + group, null));
    if (found.size() != 1) {
      throw new IllegalStateException(user + " 找到 " + found.size() + " 件待辦（" + instance + "）");
    }
    String taskId = found.get(0).get("id").asText();
    latencies.time("complete " + kind, () -> http.call(user, "POST", "/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": " + variables + "}"));
  }

  /** Used heap in MB by jcmd GC.heap_info (no endpoint exposed for it). */
  long heapUsedMb() throws IOException, InterruptedException {
    Process jcmd = new ProcessBuilder("jcmd", Long.toString(process.pid()), "GC.heap_info").redirectErrorStream(true).start();
    String out = new String(jcmd.getInputStream().readAllBytes());
    jcmd.waitFor();
    Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(out);
    long kb = 0;
    while (used.find()) {
      kb += Long.parseLong(used.group(2)); // G1: one "garbage-first heap" line
      break;
    }
    return kb / 1024;
  }

  Path log() {
    return log;
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  static File jarIn(Path directory) throws IOException {
    try (var files = Files.list(directory)) {
      return files.filter(p -> p.getFileName().toString().matches("security-meeting-follow-up-.*\\.jar"))
          .map(Path::toFile).findFirst()
          .orElseThrow(() -> new IllegalStateException("找不到 " + directory + "/security-meeting-follow-up-*.jar：請先 ./mvnw -q -DskipTests package"));
    }
  }
}
