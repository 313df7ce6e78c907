package io.tianping.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tianping.verification.api.CertificateCommand.SuspendCertificate;
import io.tianping.verification.api.CertificateNumber;
import java.time.LocalDate;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

/** The cached resolver finds the same target as Axon's for every kind of command, and refuses what Axon refuses. */
class CachedCommandTargetsTest {

    private final CommandTargetResolver cached = new CachedCommandTargets();
    private final CommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();

    record Versioned(@TargetAggregateIdentifier String id, @TargetAggregateVersion Long version) { }

    record Untargeted(String id) { }

    static class Base {
        @TargetAggregateIdentifier
        final String id;

        Base(String id) {
            this.id = id;
        }
    }

    static class Inheriting extends Base {
        Inheriting(String id) {
            super(id);
        }
    }

    @Test
    void findsTheSameTargetAsAxonForRecordsVersionsAndInheritedFields() {
        var suspend = new SuspendCertificate(CertificateNumber.of("2024010717000123"), "监督抽查不合格", LocalDate.of(2026, 1, 5));
        for (Object command : new Object[] {suspend, new Versioned("case-1", 7L), new Versioned("case-2", null),
                new Inheriting("case-3")}) {
            VersionedAggregateIdentifier expected = axon.resolveTarget(GenericCommandMessage.asCommandMessage(command));

            VersionedAggregateIdentifier actual = cached.resolveTarget(GenericCommandMessage.asCommandMessage(command));

            assertThat(actual.getIdentifier()).as(command.toString()).isEqualTo(expected.getIdentifier());
            assertThat(actual.getVersion()).as(command.toString()).isEqualTo(expected.getVersion());
        }
        assertThat(cached.resolveTarget(GenericCommandMessage.asCommandMessage(suspend)).getIdentifier())
                .isEqualTo("2024010717000123");
    }

    @Test
    void refusesACommandWithoutATargetOrWithANullOneAsAxonDoes() {
        for (Object command : new Object[] {new Untargeted("x"), new Versioned(null, 1L)}) {
            Class<? extends Throwable> refusal = catchRefusal(() -> axon.resolveTarget(GenericCommandMessage.asCommandMessage(command)));

            assertThat(refusal).as(command.toString()).isNotNull();
            assertThatThrownBy(() -> cached.resolveTarget(GenericCommandMessage.asCommandMessage(command)))
                    .as(command.toString()).isInstanceOf(refusal);
        }
    }

    private static Class<? extends Throwable> catchRefusal(Runnable resolve) {
        try {
            resolve.run();
            return null;
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
