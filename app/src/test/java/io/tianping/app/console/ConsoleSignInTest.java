package io.tianping.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;
import io.tianping.app.support.TianpingTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in to the console (form, session cookie, CSRF, logout) without a browser, and that the API's own callers
 * (Basic, API keys) are untouched by it.
 */
@TianpingTest
class ConsoleSignInTest {

    private static final String CLUE = """
            {"source":"REPORT","party":{"name":"杭州控制台测试商行","creditCode":"91350100M000100Y43"},"product":"电热水壶",
             "description":"控制台登记的线索"}""";

    @LocalServerPort int port;

    @Test
    void aPageOfTheConsoleSendsStrangersToTheLoginPageAndTheApiStillAnswers401() {
        var console = new ConsoleSession(port);
        var page = console.get("/console/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/console/login");
        assertThat(console.get("/console/js/app.js").status()).isEqualTo(302);
        assertThat(console.cookies).doesNotContainKey("JSESSIONID");

        var api = console.get("/api/v1/me");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.body()).contains("\"status\":401");
        assertThat(console.get("/console/login").body()).contains("登录").contains("name=\"_csrf\"");
        assertThat(console.get("/webjars/echarts/5.3.1/dist/echarts.min.js").status()).as("served from the jar").isEqualTo(200);
    }

    @Test
    void apiCallersWithAKeyOrBasicLeaveNoSessionBehind() {
        // each would otherwise hold a server session for 30 minutes: at the check rate, millions of them
        var byKey = Api.withKey(port, "demo-platform-a-key").get("/api/v1/takedown-notices?after=0");
        var byPassword = Api.asPerson(port, "regulator-zj").get("/api/v1/me");
        assertThat(byKey.status()).isEqualTo(200);
        assertThat(byPassword.status()).isEqualTo(200);
        assertThat(byKey.headers().getOrDefault("set-cookie", java.util.List.of())).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(byPassword.headers().getOrDefault("set-cookie", java.util.List.of())).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void aWrongPasswordGetsTheLoginPageWithAnErrorAndNoSession() {
        var console = new ConsoleSession(port);
        var wrong = console.login("regulator-zj", "not-the-password");
        assertThat(wrong.status()).isEqualTo(302);
        assertThat(wrong.location()).endsWith("/console/login?error");
        assertThat(console.cookies).doesNotContainKey("JSESSIONID");
        assertThat(wrong.setCookies()).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        assertThat(console.get("/console/login?error").body()).contains("账号或密码错误");
        assertThat(console.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(console.login("nobody", "demo-password").location()).endsWith("/console/login?error");
    }

    @Test
    void theSessionReadsTheApiAndItsChangesNeedTheCsrfToken() {
        var console = new ConsoleSession(port);
        var login = console.login("regulator-zj", "demo-password");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).endsWith("/console/");
        assertThat(console.cookies).containsKey("JSESSIONID");

        assertThat(console.get("/console/").body()).contains("天平监管控制台");
        assertThat(console.cookies).as("the console's page hands out the token").containsKey("XSRF-TOKEN");
        var me = console.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"id\":\"regulator-zj\"").contains("\"region\":\"330000\"").contains("REGULATOR");

        var forged = console.post("/api/v1/enforcement/clues", CLUE, false);
        assertThat(forged.status()).as("a change with the session cookie alone").isEqualTo(403);
        assertThat(forged.body()).contains("X-XSRF-TOKEN");
        var raised = console.post("/api/v1/enforcement/clues", CLUE, true);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        assertThat(raised.setCookies()).as("the API never starts a session").noneMatch(c -> c.startsWith("JSESSIONID"));

        assertThat(Api.asPerson(port, "regulator-zj").post("/api/v1/enforcement/clues", CLUE).status())
                .as("Basic needs no token").isEqualTo(201);
        var basic = Api.asPerson(port, "regulator-zj").get("/api/v1/me");
        assertThat(basic.status()).isEqualTo(200);
        assertThat(basic.header("Set-Cookie")).as("Basic stays stateless").isNull();
        assertThat(Api.platformA(port).get("/api/v1/me").body()).contains("PLATFORM");

        var out = console.logout();
        assertThat(out.status()).isEqualTo(302);
        assertThat(out.location()).endsWith("/console/login?logout");
        assertThat(console.get("/api/v1/me").status()).as("the session ended").isEqualTo(401);
        assertThat(console.get("/console/").status()).isEqualTo(302);
    }

    @Test
    void anAuditorsSessionReadsButCannotWrite() {
        var console = new ConsoleSession(port);
        console.login("auditor", "demo-password");
        console.get("/console/");
        assertThat(console.get("/api/v1/enforcement/cases").status()).isEqualTo(200);
        assertThat(console.post("/api/v1/enforcement/clues", CLUE, true).status()).isEqualTo(403);
    }

    @Test
    void aPersonRevokedAfterSigningInIsNobodyFromTheNextRequest() {
        String id = "console-" + System.nanoTime() % 1_000_000;
        var added = Api.asPerson(port, "admin").post("/api/v1/admin/people", """
                {"id":"%s","role":"REGULATOR","displayName":"控制台测试","region":"330100","password":"a-long-enough-password"}""".formatted(id));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var console = new ConsoleSession(port);
        assertThat(console.login(id, "a-long-enough-password").location()).endsWith("/console/");
        assertThat(console.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(Api.asPerson(port, "admin").delete("/api/v1/admin/principals/" + id).status()).isBetween(200, 204);
        assertThat(console.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(console.get("/console/").status()).isEqualTo(302);
    }
}
