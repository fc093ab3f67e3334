package tw.gov.securitymeeting.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Every JSON body read by Spring MVC (our /api): a text holding a control character or a bidi
 * override, and a date or time outside the plausible years ({@link PlausibleDates}) — typed as a
 * date, or a text that is an ISO date or date-time (requests keep dates as text for their
 * validators to word the errors) — is refused while it is read, as a {@link Refused} that {@link ApiExceptionHandler} answers with 400 naming
 * the field. Registered with Spring Boot's ObjectMapper as a module bean; Camunda's REST API has its
 * own mapper and is checked by {@link EngineRestGuard}.
 */
@Component
class CleanInputModule extends SimpleModule {

  CleanInputModule() {
    super("clean-input");
    addDeserializer(String.class, new CleanString());
    setDeserializerModifier(new PlausibleTimes());
  }

  /** A refused value; the path to its field is added as Jackson unwinds. */
  static final class Refused extends JsonMappingException {
    private final boolean date;

    Refused(JsonParser parser, boolean date) {
      super(parser, date ? "implausible date" : "control character");
      this.date = date;
    }

    /** The Chinese message for the field (its JSON path). */
    String message(String field) {
      return date ? SubmittedValues.implausibleDate(field) : SubmittedValues.controlCharacters(field);
    }
  }

  private static final class CleanString extends StdScalarDeserializer<String> {
    private static final Pattern ISO_DATE = Pattern.compile("([+-]?\\d{4,}-\\d{2}-\\d{2})(?:T.*)?");

    CleanString() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text = StringDeserializer.instance.deserialize(parser, context);
      if (ControlCharacters.isPresent(text)) {
        throw new Refused(parser, false);
      }
      if (text != null && !plausibleIfDate(text)) {
        throw new Refused(parser, true);
      }
      return text;
    }

    private static boolean plausibleIfDate(String text) {
      Matcher date = ISO_DATE.matcher(text.strip());
      if (!date.matches()) {
        return true;
      }
      try {
        return PlausibleDates.contains(LocalDate.parse(date.group(1)));
      } catch (DateTimeParseException notADate) {
        return true;
      }
    }
  }

  private static final class PlausibleTimes extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
        JsonDeserializer<?> deserializer) {
      Class<?> type = description.getBeanClass();
      boolean time = type == LocalDate.class || type == LocalDateTime.class || type == OffsetDateTime.class
          || type == ZonedDateTime.class || type == Instant.class;
      return time ? new PlausibleTime(deserializer) : deserializer;
    }
  }

  private static final class PlausibleTime extends DelegatingDeserializer {
    PlausibleTime(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new PlausibleTime(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      Object value = super.deserialize(parser, context);
      if (value instanceof Temporal temporal && !plausible(temporal)) {
        throw new Refused(parser, true);
      }
      return value;
    }

    private static boolean plausible(Temporal value) {
      if (value instanceof LocalDate date) {
        return PlausibleDates.contains(date);
      }
      if (value instanceof LocalDateTime dateTime) {
        return PlausibleDates.contains(dateTime.toLocalDate());
      }
      if (value instanceof OffsetDateTime dateTime) {
        return PlausibleDates.contains(dateTime.toInstant());
      }
      if (value instanceof ZonedDateTime dateTime) {
        return PlausibleDates.contains(dateTime.toInstant());
      }
      return !(value instanceof Instant instant) || PlausibleDates.contains(instant);
    }
  }
}
