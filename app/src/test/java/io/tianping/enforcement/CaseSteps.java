package io.tianping.enforcement;

import io.tianping.enforcement.api.CaseCommand.AddEvidence;
import io.tianping.enforcement.api.CaseCommand.DecidePenalty;
import io.tianping.enforcement.api.CaseCommand.FileCase;
import io.tianping.enforcement.api.CaseCommand.ProposePenalty;
import io.tianping.enforcement.api.CaseCommand.RaiseClue;
import io.tianping.enforcement.api.CaseCommand.RecordStatement;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.ClueSource;
import io.tianping.enforcement.api.EvidenceId;
import io.tianping.enforcement.api.Party;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.RegionCode;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** A case's steps as a regulator takes them, a minute apart from {@code start}, for enforcement's module test. */
final class CaseSteps {

    static final Money FINE = Money.of("200000.00");
    private static final AtomicInteger SERIAL = new AtomicInteger(10000);

    private CaseSteps() {
    }

    /** A shop registered in Hangzhou with a credit code no other test uses. */
    static Party newShop() {
        String first17 = "91330106MA2H%05d".formatted(SERIAL.incrementAndGet());
        return new Party("杭州某电器商行", CreditCode.of(first17 + CreditCode.checkCharacter(first17)));
    }

    static RaiseClue clue(CaseId caseId, RegionCode region, Party party, Instant at) {
        return new RaiseClue(caseId, ClueSource.COMPLAINT, region, party, "电热水壶", "消费者投诉：电热水壶无3C标志",
                "complaint-" + caseId, at);
    }

    /** Raises a clue in {@code region}, files it, takes evidence and hears the party on a proposed fine. */
    static void heardCase(CommandGateway commands, CaseId caseId, RegionCode region, Party party, Instant start) {
        commands.sendAndWait(clue(caseId, region, party, start));
        commands.sendAndWait(new FileCase(caseId, "涉嫌销售未经认证产品", minutes(start, 1)));
        commands.sendAndWait(new AddEvidence(caseId, EvidenceId.of("purchase-record"), "购买记录", "cd".repeat(32), region,
                "执法人员 李某", minutes(start, 2)));
        commands.sendAndWait(new ProposePenalty(caseId, FINE, "销售未经认证产品，情节严重", minutes(start, 3)));
        commands.sendAndWait(new RecordStatement(caseId, "无异议", false, minutes(start, 4)));
    }

    static DecidePenalty seriousViolationFound(CaseId caseId, Instant start) {
        return new DecidePenalty(caseId, FINE, true, "罚款二十万元，列入严重违法失信名单", minutes(start, 5));
    }

    private static Instant minutes(Instant start, int minutes) {
        return start.plus(Duration.ofMinutes(minutes));
    }
}
