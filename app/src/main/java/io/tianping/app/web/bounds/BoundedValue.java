package io.tianping.app.web.bounds;

import io.tianping.sharedkernel.Bounds;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Dates, times and decimals in a request, within {@link Bounds}: a day from 1900 to 2199, a decimal of at most
 * {@value #DIGITS} digits on either side of the point (a price such as {@code 1e99999999} is refused before anything
 * expands it; money has its own tighter bounds).
 */
final class BoundedValue extends DelegatingDeserializer {

    static final int DIGITS = 18;

    BoundedValue(ValueDeserializer<?> values) {
        super(values);
    }

    static boolean bounds(Class<?> type) {
        return type == LocalDate.class || type == Instant.class || type == OffsetDateTime.class || type == BigDecimal.class;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
        return new BoundedValue(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
        Object value = super.deserialize(parser, context);
        String problem = switch (value) {
            case LocalDate day -> Bounds.problemWithDay(day);
            case Instant instant -> Bounds.problemWithInstant(instant);
            case OffsetDateTime time -> Bounds.problemWithInstant(time.toInstant());
            case BigDecimal decimal -> (long) decimal.precision() - decimal.scale() > DIGITS || decimal.scale() > DIGITS
                    ? "must have at most %d digits before and after the decimal point".formatted(DIGITS) : null;
            case null, default -> null;
        };
        return problem == null ? value : context.reportInputMismatch(this, problem);
    }
}
