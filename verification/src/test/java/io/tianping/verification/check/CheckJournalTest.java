package io.tianping.verification.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckJournalTest {

    @TempDir Path directory;

    @Test
    void readsBackWhatWasAppendedInChunksAndWhereTheLastChunkEnded() throws Exception {
        try (var journal = new CheckJournal(directory, 1 << 20)) {
            for (int i = 0; i < 5; i++) {
                journal.append("row-" + i);
            }
            var first = journal.read(journal.currentSegment(), 0, 3);
            assertThat(first.lines()).containsExactly("row-0", "row-1", "row-2");
            var rest = journal.read(journal.currentSegment(), first.nextOffset(), 3);
            assertThat(rest.lines()).containsExactly("row-3", "row-4");
            assertThat(journal.read(journal.currentSegment(), rest.nextOffset(), 3).lines()).isEmpty();
            assertThat(journal.backlog(journal.currentSegment(), rest.nextOffset())).isZero();
            assertThat(journal.backlog(journal.currentSegment(), 0)).isEqualTo(rest.nextOffset());
        }
    }

    @Test
    void aLineStillBeingWrittenIsNotReadUntilItIsComplete() throws Exception {
        try (var journal = new CheckJournal(directory, 1 << 20)) {
            journal.append("whole");
            long segment = journal.currentSegment();
            Path file = directory.resolve("checks-%020d.log".formatted(segment));
            Files.writeString(file, "half", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            var chunk = journal.read(segment, 0, 10);
            assertThat(chunk.lines()).containsExactly("whole");
            assertThat(chunk.nextOffset()).isEqualTo("whole\n".length());
        }
    }

    @Test
    void beginsANewSegmentWhenOneIsFullAndAtEachOpeningKeepingItsNode() throws Exception {
        String node;
        long before;
        try (var journal = new CheckJournal(directory, 20)) {
            node = journal.node();
            before = journal.currentSegment();
            journal.append("0123456789");
            journal.append("0123456789");
            assertThat(journal.currentSegment()).isEqualTo(before + 1);
            assertThat(journal.read(before, 0, 10).lines()).hasSize(2);
        }
        try (var reopened = new CheckJournal(directory, 20)) {
            assertThat(reopened.node()).isEqualTo(node);
            assertThat(reopened.currentSegment()).isEqualTo(before + 2);
            assertThat(reopened.segments()).containsExactly(before, before + 1, before + 2);
            reopened.delete(before);
            assertThat(reopened.segments()).containsExactly(before + 1, before + 2);
        }
    }
}
