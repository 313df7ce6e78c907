package io.tianping.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;
import io.tianping.app.support.TianpingTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Admins add and revoke who may call without SQL, and a revocation or a new key holds from the very next request,
 * however recently the key or the password was used (both are remembered to spare the database and bcrypt).
 */
@TianpingTest
class PrincipalsAdminTest {

    private static final String FEED = "/api/v1/takedown-notices?after=0&limit=10";

    @LocalServerPort int port;

    @Test
    void anOrganisationAddedByAnAdminCallsWithItsKeyUntilRevoked() {
        var added = admin().post("/api/v1/admin/organisations", """
                {"id":"platform-c-api","role":"PLATFORM","displayName":"Platform C","organisation":"platform-c"}""");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.location()).endsWith("/api/v1/admin/principals/platform-c-api");
        String key = added.json().get("apiKey").asString();
        assertThat(Api.withKey(port, key).get(FEED).status()).isEqualTo(200);

        var listed = admin().get("/api/v1/admin/principals");
        assertThat(listed.body()).contains("platform-c-api").doesNotContain(key).doesNotContain("api_key_hash")
                .doesNotContain("$2a$");

        assertThat(admin().delete("/api/v1/admin/principals/platform-c-api").status()).isEqualTo(204);
        assertThat(Api.withKey(port, key).get(FEED).status()).as("revoked: the next request is refused").isEqualTo(401);
        assertThat(admin().delete("/api/v1/admin/principals/platform-c-api").status()).isEqualTo(404);
        assertThat(admin().post("/api/v1/admin/organisations", """
                {"id":"platform-c-api","role":"PLATFORM","displayName":"Platform C","organisation":"platform-c"}""")
                .status()).as("ids are never reused").isEqualTo(409);
    }

    @Test
    void aNewKeyReplacesTheOldOneAtOnce() {
        String old = admin().post("/api/v1/admin/organisations", """
                {"id":"platform-d-api","role":"PLATFORM","displayName":"Platform D","organisation":"platform-d"}""")
                .json().get("apiKey").asString();
        assertThat(Api.withKey(port, old).get(FEED).status()).isEqualTo(200);

        String replaced = admin().post("/api/v1/admin/organisations/platform-d-api/api-key", "").json().get("apiKey").asString();

        assertThat(Api.withKey(port, old).get(FEED).status()).isEqualTo(401);
        assertThat(Api.withKey(port, replaced).get(FEED).status()).isEqualTo(200);
    }

    @Test
    void aPersonAddedByAnAdminLogsInUntilRevokedEvenJustAfterALogin() {
        var added = admin().post("/api/v1/admin/people", """
                {"id":"regulator-hz","role":"REGULATOR","displayName":"杭州市市场监督管理局","region":"330100",
                 "password":"correct horse battery"}""");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("region").asString()).isEqualTo("330100");
        var person = Api.withPassword(port, "regulator-hz", "correct horse battery");
        assertThat(person.get("/api/v1/enforcement/cases").status()).isEqualTo(200);
        assertThat(person.get("/api/v1/enforcement/cases").status()).as("remembered login").isEqualTo(200);
        assertThat(Api.withPassword(port, "regulator-hz", "wrong horse battery").get("/api/v1/enforcement/cases").status())
                .isEqualTo(401);

        assertThat(admin().delete("/api/v1/admin/principals/regulator-hz").status()).isEqualTo(204);

        assertThat(person.get("/api/v1/enforcement/cases").status()).as("revoked: the remembered login is gone").isEqualTo(401);
    }

    @Test
    void onlyAdminsManagePrincipalsAndBadRequestsNameTheField() {
        assertThat(Api.asPerson(port, "auditor").get("/api/v1/admin/principals").status()).isEqualTo(403);
        assertThat(Api.platformA(port).post("/api/v1/admin/people", "{}").status()).isEqualTo(403);
        var weak = admin().post("/api/v1/admin/people", """
                {"id":"auditor-2","role":"AUDITOR","displayName":"Auditor 2","password":"short"}""");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        var regulatorWithoutRegion = admin().post("/api/v1/admin/people", """
                {"id":"regulator-x","role":"REGULATOR","displayName":"X","password":"long enough password"}""");
        assertThat(regulatorWithoutRegion.json().get("errors").get(0).get("field").asString()).isEqualTo("region");
        assertThat(admin().delete("/api/v1/admin/principals/admin").status()).as("not yourself").isEqualTo(409);
    }

    private Api admin() {
        return Api.asPerson(port, "admin");
    }
}
