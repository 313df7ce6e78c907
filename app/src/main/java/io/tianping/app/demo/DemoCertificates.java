package io.tianping.app.demo;

import io.tianping.sharedkernel.ChinaTime;
import io.tianping.app.axon.AuditMetadata;
import io.tianping.app.database.EmbeddedDatabaseConfiguration;
import io.tianping.app.demo.DemoCertificateGenerator.DemoCertificate;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.Role;
import io.tianping.verification.api.CertificateCommand;
import io.tianping.verification.api.CertificateEvent;
import io.tianping.verification.api.CertificateStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * About 300 demo certificates of body 01 (the demo certification body {@code demo-cert-body} may change them),
 * issued once on the embedded database when {@code tianping.demo-data} is true. They go in as commands, like a
 * certification body's, so every read model and the audit trail see them as real; a store that already holds a
 * certificate event is left alone.
 */
@Component
@ConditionalOnExpression(EmbeddedDatabaseConfiguration.WHEN_NO_DATABASE_URL)
@ConditionalOnBooleanProperty("tianping.demo-data")
public class DemoCertificates implements ApplicationRunner {

    /** 电热水壶 of 浙江天川电器有限公司, models SWF-17E, SWF-15E, SWF-18E, valid until 2029-02-28: stays VALID. */
    public static final String KETTLE = "2024010717000123";
    /** 移动电源 PB-20000A, PB-10000A of 深圳市星宇新能源科技有限公司: SUSPENDED since 2025-11-20. */
    public static final String POWER_BANK = "2024010914000456";
    /** 电饭锅 MD-FB40A, MD-FB50A of 佛山市顺德区美达电器有限公司: EXPIRED (valid until 2024-06-17). */
    public static final String RICE_COOKER = "2019010718000789";

    static final long SEED = 20240301L;
    static final int COUNT = 300;
    static final Actor BODY = new Actor("demo-cert-body", Role.CERTIFICATION_BODY, DemoTour.BODY, null);

    private static final Logger log = LoggerFactory.getLogger(DemoCertificates.class);
    private static final ZoneId CHINA = ChinaTime.ZONE;
    private static final int GIVE_UP_AFTER_FAILURES = 5;

    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCertificates(CommandGateway commands, JdbcClient jdbc, Clock clock) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // off the main thread: the API is up while ~350 commands go in (about 2 s)
        Thread.ofPlatform().name("demo-certificates").daemon().start(this::load);
    }

    void load() {
        if (alreadyLoaded()) {
            log.info("Demo certificates: the event store already holds certificates, none added");
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        List<DemoCertificate> plan = new DemoCertificateGenerator(SEED, today).generate(COUNT);
        int sent = 0;
        int failed = 0;
        for (DemoCertificate certificate : plan) {
            for (CertificateCommand command : certificate.commands()) {
                try {
                    commands.sendAndWait(command, MetaData.from(AuditMetadata.of(BODY, command)));
                    sent++;
                } catch (RuntimeException e) {
                    log.warn("Demo certificates: {} on {} failed: {}", command.getClass().getSimpleName(), command.number(), e.toString());
                    if (++failed >= GIVE_UP_AFTER_FAILURES) {
                        log.warn("Demo certificates: giving up after {} failures, {} commands went in", failed, sent);
                        return;
                    }
                }
            }
        }
        Map<CertificateStatus, Long> byStatus = plan.stream()
                .collect(Collectors.groupingBy(DemoCertificate::status, TreeMap::new, Collectors.counting()));
        long codes = plan.stream().map(c -> c.issue().catalogueCode()).distinct().count();
        log.info("Demo certificates loaded in {} ms: {} certificates over {} catalogue codes, {} commands ({} failed), status on {}: {}",
                (System.nanoTime() - started) / 1_000_000, plan.size(), codes, sent, failed, today, byStatus);
        log.info("Demo certificates for the tour: {} kettle SWF-17E VALID, {} power bank PB-20000A SUSPENDED, {} rice cooker MD-FB40A EXPIRED",
                KETTLE, POWER_BANK, RICE_COOKER);
    }

    private boolean alreadyLoaded() {
        return jdbc.sql("select exists (select 1 from domain_event_entry where payload_type like ?)")
                .param(CertificateEvent.class.getName() + "%")
                .query(Boolean.class).single();
    }
}
