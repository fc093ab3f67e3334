package tw.gov.securitymeeting.overview;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V22__follow_up_closed_tally_backfill;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.EmbeddedPostgres;

/**
 * Two nodes closing items of one meeting on the same day at the same time, on PostgreSQL: the second transaction waits
 * for the first at the meeting's counters (no deadlock, no error) and both items are counted once.
 */
@ApplicationTest
class ClosedTallyPostgresIT {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.newDatabase(registry);
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void shouldCountTwoConcurrentClosesOfOneMeetingOnceEachWithoutDeadlock() throws Exception {
    OverviewFixture fixture = new OverviewFixture(jdbc).load();
    // Both closed items of the fixture closed on the same day, so their counters share every row of planning and '*'.
    jdbc.update("update app_follow_up_item set closed_at = ? where id in (?, ?)", OverviewFixture.at(2027, 1, 4, 10), fixture.item1,
        fixture.item2);
    jdbc.update("delete from app_follow_up_closed_tally where meeting_id = ?", fixture.meetingId);
    add(" and i.meeting_id = ?", fixture.meetingId);
    List<String> expected = tally(fixture.meetingId);
    assertThat(expected.get(0)).startsWith("* 2027-01-04 items 2 ");
    jdbc.update("delete from app_follow_up_closed_tally where meeting_id = ?", fixture.meetingId);

    TransactionTemplate transaction = new TransactionTemplate(transactions);
    CountDownLatch firstAdded = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Future<?> first = nodes.submit(() -> transaction.executeWithoutResult(status -> {
        add(" and i.id = ?", fixture.item1);
        firstAdded.countDown();
        // Commit only once the second transaction waits for this one's row locks.
        awaitWaitingLock();
      }));
      Future<?> second = nodes.submit(() -> {
        await(firstAdded);
        transaction.executeWithoutResult(status -> add(" and i.id = ?", fixture.item2));
      });
      first.get(60, TimeUnit.SECONDS);
      second.get(60, TimeUnit.SECONDS);
    } finally {
      nodes.shutdownNow();
    }
    assertThat(tally(fixture.meetingId)).containsExactlyElementsOf(expected);
  }

  private void add(String condition, long id) {
    jdbc.execute((ConnectionCallback<Void>) connection -> {
      V22__follow_up_closed_tally_backfill.add(connection, condition, List.of(id));
      return null;
    });
  }

  private void awaitWaitingLock() {
    JdbcTemplate other = new JdbcTemplate(jdbc.getDataSource());
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (other.queryForObject("select count(*) from pg_locks where not granted", Integer.class) == 0) {
      if (System.nanoTime() > until) {
        throw new AssertionError("the second transaction never waited for the first");
      }
      Thread.onSpinWait();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private List<String> tally(long meetingId) {
    return jdbc.query("""
        select unit_id, closed_on, items, lead_items, rounds, rounds_due, on_time from app_follow_up_closed_tally
        where meeting_id = ? order by unit_id, closed_on""",
        (rs, n) -> rs.getString("unit_id") + " " + rs.getDate("closed_on") + " items " + rs.getInt("items") + " leads "
            + rs.getInt("lead_items") + " rounds " + rs.getInt("rounds") + " due " + rs.getInt("rounds_due") + " on time "
            + rs.getInt("on_time"), meetingId);
  }
}
