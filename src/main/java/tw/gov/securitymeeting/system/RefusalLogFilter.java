package tw.gov.securitymeeting.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A refused task answer travels through the engine as an exception, and the engine's command
 * context and REST layer each log it with its whole stack trace (~120 lines). Such a refusal is
 * the person's mistake, not the system's: {@link TaskValidationResponseFilter} logs it in one WARN
 * line, and this filter drops the engine's copies (recognised by the refusal's marker). Every other
 * error keeps its stack trace.
 */
@Component
class RefusalLogFilter extends TurboFilter {

  RefusalLogFilter() {
    setName(RefusalLogFilter.class.getName());
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && context.getTurboFilterList().stream().noneMatch(f -> getName().equals(f.getName()))) {
      start();
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == null || !level.isGreaterOrEqual(Level.WARN) || !logger.getName().startsWith("org.camunda")) {
      return FilterReply.NEUTRAL;
    }
    if (marked(t) || TaskValidationResponseFilter.isMarked(format)) {
      return FilterReply.DENY;
    }
    if (params != null) {
      for (Object param : params) {
        if (param instanceof Throwable thrown ? marked(thrown) : param instanceof String text && TaskValidationResponseFilter.isMarked(text)) {
          return FilterReply.DENY;
        }
      }
    }
    return FilterReply.NEUTRAL;
  }

  private static boolean marked(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (TaskValidationResponseFilter.isMarked(cause.getMessage())) {
        return true;
      }
    }
    return false;
  }
}
