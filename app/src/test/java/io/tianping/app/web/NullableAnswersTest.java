package io.tianping.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The check that holds every answer the tests receive to the document: a field not marked nullable is never null. */
class NullableAnswersTest {

    record Line(String name, @Nullable String note) { }

    record Answer(String id, @Nullable String closedAt, List<Line> lines) { }

    @Test
    void namesEveryNullTheDocumentDoesNotAllowAndNoneItDoes() {
        var broken = new ArrayList<String>();
        NullableAnswers.nullsIn(new Answer(null, null, Arrays.asList(new Line("a", null), new Line(null, "n"))), broken);
        assertThat(broken).containsExactly("NullableAnswersTest$Answer.id", "NullableAnswersTest$Line.name");
    }

    @Test
    void aFullAnswerPasses() {
        var broken = new ArrayList<String>();
        NullableAnswers.nullsIn(List.of(new Answer("1", "2026-12-01", List.of(new Line("a", "b")))), broken);
        assertThat(broken).isEmpty();
    }
}
