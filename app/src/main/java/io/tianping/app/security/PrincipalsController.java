package io.tianping.app.security;

import io.tianping.sharedkernel.Actor;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins add organisations and people, give an organisation a new API key, and revoke (admins only). */
@RestController
@RequestMapping("/api/v1/admin")
class PrincipalsController {

    /** An organisation's API key: shown in this answer only, kept by the platform as a hash. */
    record ApiKeyIssued(String id, String apiKey) { }

    private final Principals principals;

    PrincipalsController(Principals principals) {
        this.principals = principals;
    }

    @GetMapping("/principals")
    List<PrincipalView> listPrincipals() {
        return principals.list();
    }

    @PostMapping("/organisations")
    ResponseEntity<ApiKeyIssued> addOrganisation(@RequestBody PrincipalRequests.NewOrganisation request, Actor admin) {
        var organisation = request.checked();
        String apiKey = principals.addOrganisation(organisation, admin);
        return ResponseEntity.created(URI.create("/api/v1/admin/principals/" + organisation.id()))
                .body(new ApiKeyIssued(organisation.id(), apiKey));
    }

    @PostMapping("/organisations/{id}/api-key")
    ApiKeyIssued replaceApiKey(@PathVariable String id, Actor admin) {
        return new ApiKeyIssued(id, principals.replaceApiKey(id, admin));
    }

    @PostMapping("/people")
    ResponseEntity<PrincipalView> addPerson(@RequestBody PrincipalRequests.NewPerson request, Actor admin) {
        var person = request.checked();
        principals.addPerson(person, admin);
        PrincipalView added = principals.find(person.id()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/admin/principals/" + person.id())).body(added);
    }

    @DeleteMapping("/principals/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT) // states it for the document; the answer below says the same
    ResponseEntity<Void> revokePrincipal(@PathVariable String id, Actor admin) {
        principals.revoke(id, admin);
        return ResponseEntity.noContent().build();
    }
}
