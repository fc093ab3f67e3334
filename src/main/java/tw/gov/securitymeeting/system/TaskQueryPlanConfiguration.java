package tw.gov.securitymeeting.system;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link TaskQueryPlanFilter} under both engine REST roots, on PostgreSQL only (H2 has no plan cache setting). */
@Configuration
class TaskQueryPlanConfiguration {

  @Bean
  FilterRegistrationBean<TaskQueryPlanFilter> taskQueryPlans(DataSource dataSource, PlatformTransactionManager transactions)
      throws MetaDataAccessException {
    var registration = new FilterRegistrationBean<>(new TaskQueryPlanFilter(new TransactionTemplate(transactions),
        new JdbcTemplate(dataSource)));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setName("task-query-plans");
    registration.setOrder(3);
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    registration.setEnabled("PostgreSQL".equals(product));
    return registration;
  }
}
