package io.tianping.traceability.web;

import java.util.List;
import java.util.Locale;

/**
 * Whether a certificate's models cover a model, as verification judges listings: trimmed, upper case, whitespace
 * collapsed, full-width ASCII read as ASCII; a certificate model ending in {@code *} covers every model it begins.
 */
final class ModelCover {

    private ModelCover() {
    }

    static boolean covers(List<String> certificateModels, String model) {
        String wanted = normalise(model);
        for (String covered : certificateModels) {
            String normalised = normalise(covered);
            if (normalised.endsWith("*") ? normalised.length() > 1 && wanted.startsWith(normalised.substring(0, normalised.length() - 1).strip())
                    : normalised.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String model) {
        var folded = new StringBuilder(model.length());
        for (char c : model.toCharArray()) {
            folded.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return folded.toString().strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
