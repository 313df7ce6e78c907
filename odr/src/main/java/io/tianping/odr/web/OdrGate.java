package io.tianping.odr.web;

import io.tianping.odr.api.ComplaintId;
import io.tianping.odr.projection.ComplaintReads;
import io.tianping.odr.projection.ComplaintView;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.sharedkernel.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may do what with ODR (403 otherwise): the 12315 intake files and passes on, an enterprise applies and records
 * its own complaints, a regulator acts in its region and below. Reading a complaint one may not see is answered like
 * a missing one (404): an enterprise sees its own, a regulator its region, the intake and auditors all.
 */
@Component
class OdrGate {

    private final ComplaintReads complaints;

    OdrGate(ComplaintReads complaints) {
        this.complaints = complaints;
    }

    static void require(Actor actor, Role role, String what) {
        if (actor.role() != role) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Only %s may %s; you act as %s".formatted(name(role), what, actor.role()));
        }
    }

    /** {@code actor} is a regulator whose region contains {@code region}. */
    static void regulatorOf(Actor actor, RegionCode region, String what) {
        require(actor, Role.REGULATOR, what);
        if (actor.region() == null || !region.isWithin(actor.region())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Region %s is supervised by its own bureau or one above it; you are region %s"
                    .formatted(region, actor.region()));
        }
    }

    static ComplaintId parse(String id) {
        var check = new InputCheck();
        ComplaintId complaintId = check.field("complaintId", () -> new ComplaintId(id));
        check.orThrow();
        return complaintId;
    }

    /** The complaint, when {@code reader} may see it; 404 otherwise. */
    ComplaintView visible(Actor reader, String id) {
        ComplaintId complaintId = parse(id);
        return complaints.find(complaintId).filter(view -> mayRead(reader, view))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No complaint " + complaintId));
    }

    /** The complaint, for a step its regulator takes: 404 if there is none, 403 for anyone else. */
    ComplaintView forRegulator(Actor actor, String id, String what) {
        ComplaintId complaintId = parse(id);
        ComplaintView view = complaints.find(complaintId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No complaint " + complaintId));
        regulatorOf(actor, view.region(), what);
        return view;
    }

    static boolean mayRead(Actor reader, ComplaintView view) {
        return switch (reader.role()) {
            case AUDITOR, COMPLAINT_INTAKE -> true;
            case ENTERPRISE -> view.respondent().creditCode().value().equals(reader.organisation());
            case REGULATOR -> reader.region() != null && view.region().isWithin(reader.region());
            default -> false;
        };
    }

    private static String name(Role role) {
        return switch (role) {
            case COMPLAINT_INTAKE -> "the 12315 intake";
            case ENTERPRISE -> "an ODR enterprise";
            case REGULATOR -> "a regulator";
            default -> role.name();
        };
    }
}
