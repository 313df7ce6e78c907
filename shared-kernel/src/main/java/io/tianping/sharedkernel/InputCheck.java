package io.tianping.sharedkernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a caller sent into value objects, remembering every field that fails instead of stopping at the first,
 * so one 400 names them all.
 */
public final class InputCheck {

    private static final Pattern INNER_FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9.\\[\\]]*): (.+)", Pattern.DOTALL);

    private final List<InvalidInput.FieldProblem> problems = new ArrayList<>();

    /**
     * The value {@code parse} builds, or null after noting why field {@code name} is wrong. A message of the form
     * {@code "creditCode: …"} names a field inside {@code name}: it is reported as {@code name.creditCode}.
     */
    public <T> T field(String name, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = e.getMessage() == null ? "is missing" : e.getMessage();
            Matcher inner = INNER_FIELD.matcher(message);
            if (inner.matches()) {
                String field = name.isEmpty() ? inner.group(1) : name + "." + inner.group(1);
                problems.add(new InvalidInput.FieldProblem(field, inner.group(2)));
            } else {
                problems.add(new InvalidInput.FieldProblem(name, message));
            }
            return null;
        }
    }

    /** The value, or a problem "is required" for field {@code name} when it is null. */
    public <T> T required(String name, T value) {
        if (value == null) {
            problems.add(new InvalidInput.FieldProblem(name, "is required"));
        }
        return value;
    }

    public void problem(String name, String message) {
        problems.add(new InvalidInput.FieldProblem(name, message));
    }

    /** Throws {@link InvalidInput} naming every field noted so far; does nothing when all were fine. */
    public void orThrow() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
