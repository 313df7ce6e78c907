package io.tianping.odr.api;

/**
 * The consumer who complained, as the intake recorded them. Personal data: answers show the phone masked
 * ({@code 138****5678}); the event store keeps it whole for the regulator's mediation.
 *
 * @param name  the consumer's name
 * @param phone a phone number, digits with optional {@code +}, {@code -} and spaces
 */
public record Consumer(String name, String phone) {

    /** How a phone number is written (the OpenAPI document states it). */
    public static final String PHONE_PATTERN = "^\\+?[0-9][0-9 -]{4,19}$";

    public Consumer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: is required");
        }
        if (phone == null || phone.isBlank()) {
            throw new IllegalArgumentException("phone: is required");
        }
        name = name.strip();
        phone = phone.strip();
        if (!phone.matches(PHONE_PATTERN)) {
            throw new IllegalArgumentException("phone: must be 5-20 digits (with +, - or spaces), got '%s'".formatted(phone));
        }
    }
}
