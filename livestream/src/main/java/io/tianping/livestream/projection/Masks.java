package io.tianping.livestream.projection;

/** How personal data is shown: a phone keeps its first three and last four digits ({@code 138****5678}). */
final class Masks {

    private Masks() {
    }

    static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.strip();
        if (digits.length() < 8) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }
}
