package tw.gov.securitymeeting;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Camunda REST and the webapps find their engine by name in a JVM-wide registry, so with several
 * cached test contexts (H2, PostgreSQL, other settings) "default" means whichever context started
 * last. Before each test class this makes it the engine of the class's own context again.
 */
class CurrentEngineListener extends AbstractTestExecutionListener {

  @Override
  public void beforeTestClass(TestContext testContext) {
    ProcessEngines.registerProcessEngine(testContext.getApplicationContext().getBean(ProcessEngine.class));
  }

  @Override
  public int getOrder() {
    // After the dependency-injection listener has created (or reused) the context.
    return LOWEST_PRECEDENCE;
  }
}
