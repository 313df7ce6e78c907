package io.tianping.livestream.web;

import io.swagger.v3.oas.annotations.media.Schema;

import io.tianping.livestream.api.RevealedField;
import io.tianping.livestream.api.SubjectCommand.RevealData;
import io.tianping.livestream.api.SubjectId;
import io.tianping.livestream.domain.PersonalDataSeal;
import io.tianping.livestream.projection.SubjectDirectory;
import io.tianping.livestream.projection.SubjectDirectory.Hit;
import io.tianping.livestream.projection.SubjectPicture;
import io.tianping.livestream.projection.SubjectPictures;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.jspecify.annotations.Nullable;

/**
 * Regulators (their region and below) and auditors search the registry and open a subject's full picture, personal
 * data masked; a regulator of a region the subject concerns may reveal a masked field for a stated purpose, which is
 * recorded on the subject's history.
 */
@RestController
@RequestMapping("/api/v1/livestream/subjects")
class SubjectController {

    static final int MAX_RESULTS = 100;

    private final SubjectDirectory directory;
    private final SubjectPictures pictures;
    private final CommandGateway commands;
    private final PersonalDataSeal seal;
    private final Clock clock;

    SubjectController(SubjectDirectory directory, SubjectPictures pictures, CommandGateway commands,
                      PersonalDataSeal seal, Clock clock) {
        this.seal = seal;
        this.directory = directory;
        this.pictures = pictures;
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * One subject found.
     *
     * @param subjectId        the subject
     * @param name             its name
     * @param kind             ORGANISATION or PERSON
     * @param blacklistedUntil the end of a blacklist in force, else null
     * @param platforms        the platforms it has accounts on
     */
    record SubjectHit(String subjectId, String name, String kind, @Nullable LocalDate blacklistedUntil, List<String> platforms) { }

    /** Subjects found, at most {@value #MAX_RESULTS}. */
    record SubjectHits(List<SubjectHit> items) { }

    /** What to reveal ({@code idNumber} or {@code phone}) and why. */
    record RevealRequest(@Schema(allowableValues = {"idNumber", "phone"}) String field, String purpose) { }

    /** The clear value, revealed to this regulator for the stated purpose (recorded). */
    record RevealedValue(String subjectId, @Schema(allowableValues = {"idNumber", "phone"}) String field, String value) { }

    @GetMapping
    SubjectHits searchSubjects(@RequestParam(required = false) String q, Actor caller) {
        RegionCode region = Callers.readerRegion(caller);
        List<Hit> hits = directory.search(q, region, null, MAX_RESULTS);
        return new SubjectHits(hits.stream().map(h -> new SubjectHit(h.subjectId().value(), h.name(), h.kind(),
                h.blacklistedUntil(), h.platforms())).toList());
    }

    @GetMapping("/{id}")
    SubjectPicture findSubject(@PathVariable String id, Actor caller) {
        SubjectId subject = visible(Callers.readerRegion(caller), id);
        return pictures.of(subject).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/{id}/reveal")
    RevealedValue revealSubjectData(@PathVariable String id, @RequestBody RevealRequest request, Actor caller) {
        RegionCode region = Callers.regulator(caller);
        var check = new InputCheck();
        RevealedField field = check.field("field", () -> field(request.field()));
        String purpose = Fields.text(check, "purpose", request.purpose());
        check.orThrow();
        SubjectId subject = visible(region, id);
        String sealed = commands.sendAndWait(new RevealData(subject, field, purpose, caller, clock.instant()));
        return new RevealedValue(subject.value(), field.fieldName(), seal.open(sealed));
    }

    private SubjectId visible(RegionCode region, String id) {
        SubjectId subject = Fields.subjectId(id);
        if (!directory.exists(subject) || !Callers.sees(region, directory.regionsOf(subject))) {
            throw notFound(id);
        }
        return subject;
    }

    private static RevealedField field(String value) {
        for (RevealedField field : RevealedField.values()) {
            if (field.fieldName().equals(value)) {
                return field;
            }
        }
        throw new IllegalArgumentException("must be idNumber or phone");
    }

    private static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No subject " + id);
    }
}
