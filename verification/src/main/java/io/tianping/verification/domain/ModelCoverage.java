package io.tianping.verification.domain;

import java.util.List;

/**
 * Whether a certificate's models cover a listing's model. Both sides are compared normalised: trimmed,
 * upper-cased, inner whitespace collapsed to one space, full-width ASCII (ＡＢ－１) read as ASCII. A certificate
 * model ending in {@code *} covers every model starting with what precedes the {@code *}; a lone {@code *}
 * covers nothing. Certificate models are normalised on the fly so a check allocates nothing per model.
 */
final class ModelCoverage {

    private ModelCoverage() {
    }

    static String normalise(String model) {
        StringBuilder normalised = new StringBuilder(model.length());
        boolean pendingSpace = false;
        for (int i = 0; i < model.length(); i++) {
            char c = fold(model.charAt(i));
            if (isSpace(c)) {
                pendingSpace = normalised.length() > 0;
            } else {
                if (pendingSpace) {
                    normalised.append(' ');
                    pendingSpace = false;
                }
                normalised.append(c);
            }
        }
        return normalised.toString();
    }

    static boolean covers(List<String> certificateModels, String normalisedModel) {
        for (int i = 0; i < certificateModels.size(); i++) {
            if (covers(certificateModels.get(i), normalisedModel)) {
                return true;
            }
        }
        return false;
    }

    static boolean covers(String certificateModel, String normalisedModel) {
        int start = 0;
        int end = certificateModel.length();
        while (start < end && isSpace(fold(certificateModel.charAt(start)))) {
            start++;
        }
        while (end > start && isSpace(fold(certificateModel.charAt(end - 1)))) {
            end--;
        }
        boolean prefix = end > start && fold(certificateModel.charAt(end - 1)) == '*';
        if (prefix) {
            end--;
        }
        if (start == end || normalisedModel.isEmpty()) {
            return false;
        }
        int j = 0;
        boolean pendingSpace = false;
        for (int i = start; i < end; i++) {
            char c = fold(certificateModel.charAt(i));
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) {
                if (j >= normalisedModel.length() || normalisedModel.charAt(j++) != ' ') {
                    return false;
                }
                pendingSpace = false;
            }
            if (j >= normalisedModel.length() || normalisedModel.charAt(j++) != c) {
                return false;
            }
        }
        if (pendingSpace && (j >= normalisedModel.length() || normalisedModel.charAt(j++) != ' ')) {
            return false; // "KX-1 *" asks for a space after KX-1
        }
        return prefix || j == normalisedModel.length();
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0); // full-width ASCII
        }
        return Character.toUpperCase(c);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || Character.isWhitespace(c);
    }
}
