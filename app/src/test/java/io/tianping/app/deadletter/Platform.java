package io.tianping.app.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import tools.jackson.databind.JsonNode;

/** {@link DeadLetterTest}'s platform, called over HTTP as certification bodies, platform A and administrators do. */
record Platform(int port) {

    static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";

    Api admin() {
        return Api.asPerson(port, "admin");
    }

    void issue(String number) {
        assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(201);
    }

    /** Issues the certificate and lists it on platform A. */
    void issueAndBind(String number, String listingId) {
        issue(number);
        assertThat(Api.platformA(port).post("/api/v1/listing-checks", Certificates.listing(listingId, number, "SWF-17E"))
                .json().get("verdict").asString()).isEqualTo("PASS");
    }

    void suspend(String number) {
        assertThat(Api.certBody(port).post("/api/v1/certificates/" + number + "/suspension", "{\"reason\":\"抽查不合格\"}")
                .status()).isEqualTo(200);
    }

    /** The certificate's status as its view answers, NONE while it has no row. */
    String status(String number) {
        var certificate = Api.asPerson(port, "auditor").get("/api/v1/certificates/" + number);
        return certificate.status() == 200 ? certificate.json().get("status").asString() : "NONE";
    }

    boolean feedMentions(String number) {
        return Api.platformA(port).get("/api/v1/takedown-notices?after=0&limit=1000").body().contains(number);
    }

    JsonNode health() {
        return admin().get("/actuator/health").json();
    }

    /** The group's dead letters as health shows them. */
    long letters(String group) {
        return health().get("components").get("processors").get("details").get(group).get("deadLetters").get("letters")
                .asLong();
    }

    /** The group's dead letters as administrators list them. */
    JsonNode deadLetters(String group) {
        return admin().get(DEAD_LETTERS + "/" + group).json();
    }

    String firstLetterId(String group) {
        JsonNode letters = deadLetters(group).get("deadLetters");
        return letters.isEmpty() ? "" : letters.get(0).get("letterId").asString();
    }
}
