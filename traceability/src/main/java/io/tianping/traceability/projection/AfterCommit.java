package io.tianping.traceability.projection;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Runs in-memory changes once the outermost unit of work has committed, in the order their events came: a reader
 * never sees a change that was rolled back.
 */
final class AfterCommit {

    private static final String CHANGES = AfterCommit.class.getName() + ".changes";

    private AfterCommit() {
    }

    static void run(Runnable change) {
        if (!CurrentUnitOfWork.isStarted()) {
            change.run();
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        root.getOrComputeResource(CHANGES, key -> {
            List<Runnable> changes = new ArrayList<>();
            root.afterCommit(unitOfWork -> changes.forEach(Runnable::run));
            return changes;
        }).add(change);
    }
}
