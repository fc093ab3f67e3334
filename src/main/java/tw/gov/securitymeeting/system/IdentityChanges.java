package tw.gov.securitymeeting.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.cmd.AbstractWritableIdentityServiceCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A counter that moves whenever this node's engine changes a user, a password, a group, a membership or a
 * tenant (every writable identity command: Admin, /engine-rest, the organisation import): before the change,
 * after it and again when its transaction commits. {@link SignInCache} trusts an entry only while the counter
 * has not moved since it was made.
 */
@Component
class IdentityChanges extends AbstractProcessEnginePlugin {

  private final AtomicLong generation = new AtomicLong();

  long generation() {
    return generation.get();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    interceptors.add(new Watch());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  static boolean changesIdentity(Command<?> command) {
    return command instanceof AbstractWritableIdentityServiceCmd || command instanceof UnlockUserCmd;
  }

  private final class Watch extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (!changesIdentity(command)) {
        return next.execute(command);
      }
      generation.incrementAndGet();
      CommandContext context = Context.getCommandContext();
      if (context != null) {
        context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> generation.incrementAndGet());
      }
      try {
        return next.execute(command);
      } finally {
        generation.incrementAndGet();
      }
    }
  }
}
