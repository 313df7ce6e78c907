package io.tianping.sharedkernel;

import java.util.List;

/**
 * What a caller sent is not acceptable, field by field ({@code holder.creditCode}: what is wrong). The app answers it
 * with 400 and the list of fields.
 */
public class InvalidInput extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One field that is wrong, and why. */
    public record FieldProblem(String field, String message) {
    }
}
