package io.tianping.enforcement;

import io.tianping.sharedkernel.CreditCode;
import io.tianping.verification.api.MerchantCommand;
import io.tianping.verification.api.MerchantCommand.BlockMerchant;
import io.tianping.verification.api.MerchantCommand.UnblockMerchant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.commandhandling.CommandHandler;

/**
 * Stands in for verification, which enforcement's module test does not boot: takes the merchant commands enforcement
 * sends it, and keeps them.
 */
class MerchantCommandsToVerification {

    private final List<MerchantCommand> received = new CopyOnWriteArrayList<>();

    @CommandHandler
    void handle(BlockMerchant command) {
        received.add(command);
    }

    @CommandHandler
    void handle(UnblockMerchant command) {
        received.add(command);
    }

    /** The block verification was asked for, or null. */
    BlockMerchant blockOf(CreditCode merchant) {
        return received.stream().filter(BlockMerchant.class::isInstance).map(BlockMerchant.class::cast)
                .filter(block -> block.id().creditCode().equals(merchant)).findFirst().orElse(null);
    }
}
