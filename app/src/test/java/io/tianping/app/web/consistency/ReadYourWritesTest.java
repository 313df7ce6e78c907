package io.tianping.app.web.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * After a 2xx the writer's very next read sees what it wrote: no waiting, no retry. (A certificate and a case were
 * 404 for 0.4-0.6 s after their 201 and Location.) Each is tried many times in a row, since a lag shows by chance.
 * Full-text search stays near-real-time (Elasticsearch makes a write searchable within its 1 s refresh).
 */
@TianpingTest
class ReadYourWritesTest {

    @LocalServerPort int port;

    @Test
    void aCertificateIsThereAtItsLocationRightAfterItsIssueAndShowsItsSuspensionRightAfterIt() {
        var auditor = Api.asPerson(port, "auditor");
        for (int i = 0; i < 15; i++) {
            String number = Certificates.newNumber("0717");
            var issued = Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number));
            assertThat(issued.status()).isEqualTo(201);

            var read = auditor.get(issued.location());
            assertThat(read.status()).as("GET %s right after its 201", issued.location()).isEqualTo(200);

            Api.certBody(port).post("/api/v1/certificates/" + number + "/suspension", "{\"reason\":\"监督抽查不合格\"}");
            assertThat(auditor.get("/api/v1/certificates/" + number).json().get("status").asString()).isEqualTo("SUSPENDED");
        }
    }

    @Test
    void aCaseIsThereRightAfterTheClueThatOpensIt() {
        var zj = Api.asPerson(port, "regulator-zj");
        for (int i = 0; i < 15; i++) {
            var raised = zj.post("/api/v1/enforcement/clues", """
                    {"source":"COMPLAINT","party":{"name":"杭州某电器商行","creditCode":"91350100M000100Y43"},
                     "product":"电热水壶","description":"读己之写 %d"}""".formatted(i));
            assertThat(raised.status()).isEqualTo(201);
            String caseId = raised.json().get("caseId").asString();

            assertThat(zj.get(raised.location()).status()).as("GET %s right after its 201", raised.location()).isEqualTo(200);
            assertThat(zj.get("/api/v1/enforcement/cases").body()).as("the region's list right after").contains(caseId);
        }
    }
}
