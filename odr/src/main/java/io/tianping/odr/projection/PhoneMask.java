package io.tianping.odr.projection;

/** Masks a phone number for answers: the first 3 and last 4 digits stay ({@code 138****5678}). */
final class PhoneMask {

    private PhoneMask() {
    }

    static String mask(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 8) {
            return "****" + digits.substring(Math.max(0, digits.length() - 2));
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }
}
