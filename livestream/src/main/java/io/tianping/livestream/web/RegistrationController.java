package io.tianping.livestream.web;

import io.tianping.livestream.api.RegistrationOutcome;
import io.tianping.livestream.api.SubjectCommand.RegisterAccount;
import io.tianping.livestream.api.SubjectId;
import io.tianping.livestream.api.SubjectRole;
import io.tianping.livestream.config.LivestreamSettings;
import io.tianping.livestream.domain.LivestreamRuleViolated;
import io.tianping.livestream.domain.PersonalDataSeal;
import io.tianping.livestream.domain.SubjectIds;
import io.tianping.livestream.projection.SubjectDirectory;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.PlatformId;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platforms report their room operators, hosts and MCNs. One identity is one subject on every platform; a blacklisted
 * identity is refused (409 {@code …/blacklisted}) whatever the platform or account, and the attempt is recorded.
 */
@RestController
@RequestMapping("/api/v1/livestream")
class RegistrationController {

    private final CommandGateway commands;
    private final SubjectIds ids;
    private final SubjectDirectory directory;
    private final PersonalDataSeal seal;
    private final LivestreamSettings settings;
    private final Clock clock;

    RegistrationController(CommandGateway commands, SubjectIds ids, SubjectDirectory directory, PersonalDataSeal seal,
                           LivestreamSettings settings, Clock clock) {
        this.seal = seal;
        this.commands = commands;
        this.ids = ids;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    /** A registered operator: its subject id (the same on every platform) and the account registered. */
    record OperatorRegistered(String operatorId, String account) { }

    /** A registered host: its subject id (the same on every platform) and the account registered. */
    record HostRegistered(String hostId, String account) { }

    /** A registered MCN: its subject id and the account registered. */
    record McnRegistered(String mcnId, String account) { }

    @PostMapping("/operators")
    ResponseEntity<OperatorRegistered> registerOperator(@RequestBody OperatorRequest request, Actor caller) {
        SubjectId id = register(caller, SubjectRole.OPERATOR, request::toRegistration);
        return ResponseEntity.created(location(id)).body(new OperatorRegistered(id.value(), request.account().strip()));
    }

    @PostMapping("/hosts")
    ResponseEntity<HostRegistered> registerHost(@RequestBody HostRequest request, Actor caller) {
        SubjectId id = register(caller, SubjectRole.HOST, request::toRegistration);
        return ResponseEntity.created(location(id)).body(new HostRegistered(id.value(), request.account().strip()));
    }

    @PostMapping("/mcns")
    ResponseEntity<McnRegistered> registerMcn(@RequestBody McnRequest request, Actor caller) {
        SubjectId id = register(caller, SubjectRole.MCN, request::toRegistration);
        return ResponseEntity.created(location(id)).body(new McnRegistered(id.value(), request.account().strip()));
    }

    private SubjectId register(Actor caller, SubjectRole role, BiFunction<InputCheck, LocalDate, Registration> parse) {
        PlatformId platform = Callers.platform(caller);
        Instant now = clock.instant();
        LocalDate today = ChinaTime.dayOf(now);
        var check = new InputCheck();
        Registration registration = parse.apply(check, today);
        check.orThrow();
        SubjectId id = ids.of(registration.identity());
        directory.holderOf(platform, role, registration.account()).filter(holder -> !holder.equals(id)).ifPresent(other -> {
            throw new LivestreamRuleViolated("account %s is registered on your platform to another identity; one account, one identity"
                    .formatted(registration.account()));
        });
        RegistrationOutcome outcome = commands.sendAndWait(new RegisterAccount(id, registration.identity(),
                seal.idNumber(registration.identity().idNumber()), registration.name(), platform, registration.account(),
                role, registration.details().withPhone(seal.phone(registration.phone())),
                settings.domicileOf(platform), today, now));
        return switch (outcome) {
            case REGISTERED -> id;
            case REFUSED_BLACKLISTED -> throw new Blacklisted(("This %s is on the live-commerce blacklist; no platform "
                    + "may register it under any account until the term ends. The attempt is recorded.")
                    .formatted(role.name().toLowerCase(java.util.Locale.ROOT)));
            case REFUSED_NO_REREGISTRATION -> throw new LivestreamRuleViolated(
                    "Your platform ordered no re-registration for this subject; a new account is refused. The attempt is recorded.");
        };
    }

    private static URI location(SubjectId id) {
        return URI.create("/api/v1/livestream/subjects/" + id.value());
    }
}
