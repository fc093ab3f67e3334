package tw.gov.securitymeeting.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the job executor's threads well below the database pool, so that mail delivery can never take the
 * connections users' requests need. A delivery job holds the job's connection and, for its claim and its
 * sent mark (each in a transaction of its own), a second one; the job acquisition thread holds one. The rule,
 * checked at start-up: {@code spring.datasource.hikari.maximum-pool-size ≥ 2 × camunda.bpm.job-execution
 * .max-pool-size + 1 + app.mail.connections-for-requests}.
 */
@Component
class ConnectionBudget {

  ConnectionBudget(@Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
      @Value("${camunda.bpm.job-execution.max-pool-size:10}") int jobThreads,
      @Value("${app.mail.connections-for-requests:10}") int forRequests) {
    int needed = 2 * jobThreads + 1 + forRequests;
    if (poolSize < needed) {
      throw new IllegalStateException("spring.datasource.hikari.maximum-pool-size (" + poolSize + ") must be at least "
          + needed + ": 2 connections for each of camunda.bpm.job-execution.max-pool-size (" + jobThreads
          + ") job threads, 1 for job acquisition and app.mail.connections-for-requests (" + forRequests + ")");
    }
  }
}
