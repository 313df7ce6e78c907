package io.tianping.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.MutableClock;
import io.tianping.app.support.TianpingTest;
import io.tianping.spotcheck.process.SampleClockWatch;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The console in a real headless Chromium: two regulators and an auditor sign in and see what the API lets each see,
 * the charts are drawn, and no page has a script error. With {@code -Dtianping.console.screenshots=docs/console} it
 * also writes the screenshots of the main screens.
 */
@TianpingTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired SampleClockWatch watch;
    @Autowired JdbcClient jdbc;

    private ConsoleData data;
    private Browser browser;

    @BeforeAll
    void start() {
        data = ConsoleData.make(port, clock, watch, jdbc);
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aZhejiangRegulatorSeesZhejiangsWorkAndRaisesAClue() {
        browser.login("regulator-zj", "demo-password");
        browser.waitFor("queue");
        assertThat(browser.driver().findElement(By.id("caller")).getText()).contains("regulator-zj").contains("330000");
        assertThat(browser.text()).contains(data.zhejiangCase).doesNotContain(data.jiangsuCase);
        assertThat(browser.all("#queue a.queue-link")).isNotEmpty();
        browser.screenshot("queue");
        browser.assertNoScriptErrors("queue");

        browser.open("#/cases", "cases");
        assertThat(browser.text()).contains(data.zhejiangCase).contains("杭州控制台电器商行")
                .doesNotContain(data.jiangsuCase).doesNotContain("苏州控制台电器商行");
        browser.screenshot("cases");
        // a search puts its trimmed fields in the route (so it can be bookmarked) and shows what it found
        var search = browser.driver().findElement(By.id("case-search"));
        search.findElement(By.name("q")).sendKeys(" 杭州控制台电器商行 ");
        search.findElement(By.tagName("button")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.url()
                .endsWith("#/cases?q=" + URLEncoder.encode("杭州控制台电器商行", StandardCharsets.UTF_8)));
        browser.waitFor("cases");
        assertThat(browser.text()).contains(data.zhejiangCase);

        browser.open("#/cases/" + data.zhejiangCase, "cases-detail");
        assertThat(browser.driver().findElement(By.id("case-stage")).getText()).isEqualTo("已立案");
        assertThat(browser.text()).contains("处罚决定").contains("CaseFiled").contains("regulator-zj");
        browser.screenshot("case");
        browser.assertNoScriptErrors("case");

        browser.open("#/cases", "cases");
        var form = browser.driver().findElement(By.id("clue-form"));
        form.findElement(By.name("name")).sendKeys("宁波控制台五金店");
        form.findElement(By.name("creditCode")).sendKeys(ConsoleData.VACUUM_MAKER);
        form.findElement(By.name("product")).sendKeys("电风扇");
        form.findElement(By.name("description")).sendKeys("举报：无3C标志");
        browser.driver().findElement(By.id("raise-clue")).click();
        browser.waitFor("cases-detail");
        assertThat(browser.driver().findElement(By.id("case-stage")).getText()).isEqualTo("线索");
        assertThat(browser.text()).contains("宁波控制台五金店");
        browser.assertNoScriptErrors("clue");

        browser.open("#/jiangsu", "error");
        browser.open("#/cases/" + data.jiangsuCase, "error");
        assertThat(browser.text()).contains("未找到");
        browser.assertNoScriptErrors("a Jiangsu case");
    }

    @Test
    void theChartsAreDrawn() {
        browser.login("regulator-zj", "demo-password");
        browser.waitFor("queue");
        browser.open("#/spotcheck?planId=" + data.planId, "spotcheck");
        browser.assertChart("ranking-chart");
        assertThat(browser.text()).contains("platform-a").contains("不合格").contains("95% 区间");
        browser.screenshot("spotcheck");
        browser.assertNoScriptErrors("spot checks");

        browser.open("#/verification", "verification");
        browser.assertChart("checks-chart");
        browser.assertChart("reasons-chart");
        assertThat(browser.text()).contains("证书暂停");
        browser.screenshot("verification");
        browser.assertNoScriptErrors("verification");

        browser.open("#/certificates?q=" + data.certificate, "certificates");
        assertThat(browser.text()).contains(data.certificate);
        browser.open("#/certificates/" + data.certificate, "certificates-detail");
        assertThat(browser.text()).contains("暂停").contains("platform-a").contains("CK-1").contains("获证产品一致性抽查不合格");
        browser.screenshot("certificate");
        browser.open("#/livestream", "livestream");
        browser.open("#/odr", "odr");
        assertThat(browser.text()).contains("地区统计 330000");
        browser.screenshot("odr");
        browser.open("#/traceability?code=" + java.net.URLEncoder.encode(data.code, java.nio.charset.StandardCharsets.UTF_8),
                "traceability");
        browser.assertChart("scan-map");
        assertThat(browser.text()).contains("commissioning").contains("phon****").doesNotContain("phone-console");
        browser.screenshot("traceability");
        browser.assertNoScriptErrors("certificate, live commerce, ODR, traceability");
    }

    @Test
    void aJiangsuRegulatorSeesJiangsuOnly() {
        browser.login("regulator-js", "demo-password");
        browser.waitFor("queue");
        assertThat(browser.text()).contains(data.jiangsuCase).doesNotContain(data.zhejiangCase);
        browser.open("#/cases", "cases");
        assertThat(browser.text()).contains(data.jiangsuCase).doesNotContain(data.zhejiangCase);
        browser.open("#/cases/" + data.zhejiangCase, "error");
        assertThat(browser.text()).contains("未找到");
        browser.assertNoScriptErrors("Jiangsu");
    }

    @Test
    void theAuditorReadsEverythingAndChangesNothing() {
        browser.login("auditor", "demo-password");
        browser.waitFor("queue");
        browser.open("#/cases", "cases");
        assertThat(browser.text()).contains(data.zhejiangCase).contains(data.jiangsuCase);
        assertThat(browser.all("#clue-form")).as("no write buttons for auditors").isEmpty();

        browser.open("#/cases/" + data.jiangsuCase, "cases-detail");
        assertThat(browser.driver().findElement(By.id("integrity")).getText()).contains("完整性校验通过");
        assertThat(browser.text()).contains("ClueRaised").contains("CaseFiled").contains("regulator-js")
                .contains("涉嫌销售未经认证产品");
        browser.script("document.getElementById('integrity').scrollIntoView()");
        browser.screenshot("audit");
        browser.all("#events a.as-of-link").getFirst().click();
        browser.waitFor("cases-detail");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("as-of")).isEmpty());
        assertThat(browser.driver().findElement(By.id("case-stage")).getText()).as("as the clue stood").isEqualTo("线索");

        Object refused = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                import('/console/js/api.js').then(api => api.post('/api/v1/enforcement/clues', {source: 'REPORT',
                    party: {name: '审计员', creditCode: '91350100M000100Y43'}, product: 'x', description: 'x'}))
                  .then(() => done('accepted'), e => done(String(e.status)));""");
        assertThat(refused).as("a write with the auditor's session and token").isEqualTo("403");
        browser.assertNoScriptErrors("auditor");
    }

    @Test
    void aWrongPasswordStaysOutAndLogoutEndsTheSession() {
        browser.login("regulator-zj", "wrong-password");
        assertThat(browser.url()).endsWith("/console/login?error");
        assertThat(browser.driver().findElement(By.id("login-error")).getText()).contains("账号或密码错误");
        assertThat(browser.driver().manage().getCookieNamed("JSESSIONID")).isNull();
        browser.screenshot("login");

        browser.login("regulator-zj", "demo-password");
        browser.waitFor("queue");
        browser.driver().findElement(By.id("logout")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/console/login?logout"));
        browser.driver().get("http://localhost:" + port + "/console/");
        assertThat(browser.url()).endsWith("/console/login");
        Object me = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/v1/me', {headers: {'X-Requested-With': 'test'}}).then(r => done(r.status));""");
        assertThat(((Number) me).intValue()).isEqualTo(401);
        browser.assertNoScriptErrors("logout");
    }
}
