package io.tianping.app.livestream;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;
import io.tianping.app.support.TianpingTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The legal clocks with their overdue lists, and the semi-annual reports with their missing state. */
@TianpingTest
class LivestreamClocksTest {

    @LocalServerPort int port;

    @Test
    void anOperatorVerifiedMoreThanSixMonthsAgoIsOverdueForItsPlatformAndItsRegulatorOnly() {
        String code = Subjects.creditCode();
        String body = Subjects.operator("old-" + code, code, "330106")
                .replace("\"verifiedOn\":\"" + Subjects.today() + "\"", "\"verifiedOn\":\"" + Subjects.today().minusMonths(7) + "\"");
        var registered = Api.platformA(port).post("/api/v1/livestream/operators", body);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String operatorId = registered.json().get("operatorId").asString();

        String path = "/api/v1/livestream/reverification-overdue";
        assertThat(Api.platformA(port).get(path).body()).contains(operatorId, "REVERIFICATION");
        assertThat(Api.platformB(port).get(path).body()).doesNotContain(operatorId);
        assertThat(Api.asPerson(port, "regulator-zj").get(path).body()).contains(operatorId);
        assertThat(Api.asPerson(port, "regulator-js").get(path).body()).doesNotContain(operatorId);

        var verified = Api.platformA(port).post("/api/v1/livestream/subjects/" + operatorId + "/verifications",
                "{\"account\":\"old-%s\",\"verifiedOn\":\"%s\"}".formatted(code, Subjects.today()));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(Api.platformA(port).get(path).body()).doesNotContain(operatorId);
    }

    @Test
    void aChangeNotVerifiedWithinSevenWorkingDaysAndAnUnremindedOperatorAreOverdue() {
        String code = Subjects.creditCode();
        String account = "chg-" + code;
        String operatorId = Api.platformA(port).post("/api/v1/livestream/operators", Subjects.operator(account, code, "330106"))
                .json().get("operatorId").asString();
        LocalDate longAgo = Subjects.today().minusDays(30);
        var change = Api.platformA(port).post("/api/v1/livestream/subjects/" + operatorId + "/changes", """
                {"account":"%s","changedOn":"%s","reportedOn":"%s","description":"实际经营地址变更"}"""
                .formatted(account, longAgo, longAgo.plusDays(1)));
        assertThat(change.status()).as(change.body()).isEqualTo(200);
        var unreachable = Api.asPerson(port, "regulator-xihu").post("/api/v1/livestream/subjects/" + operatorId + "/unreachable",
                "{\"notedOn\":\"%s\"}".formatted(longAgo));
        assertThat(unreachable.status()).as(unreachable.body()).isEqualTo(200);

        String overdue = Api.platformA(port).get("/api/v1/livestream/reverification-overdue").body();
        assertThat(overdue).contains("CHANGE_VERIFICATION", "UNREACHABLE_REMINDER");
        var reminded = Api.platformA(port).post("/api/v1/livestream/subjects/" + operatorId + "/reminders",
                "{\"account\":\"%s\",\"remindedOn\":\"%s\"}".formatted(account, Subjects.today()));
        assertThat(reminded.status()).as(reminded.body()).isEqualTo(200);
        JsonNode items = Api.platformA(port).get("/api/v1/livestream/reverification-overdue?kind=UNREACHABLE_REMINDER").json().get("items");
        assertThat(items.toString()).doesNotContain(operatorId);
        assertThat(Api.platformB(port).post("/api/v1/livestream/subjects/" + operatorId + "/changes", """
                {"account":"%s","changedOn":"%s","reportedOn":"%s","description":"x"}"""
                .formatted(account, longAgo, longAgo)).status()).as("another platform's subject").isEqualTo(404);
    }

    @Test
    void aSemiannualReportIsJudgedRowByRowAndAPlatformWithoutOneIsMissing() {
        String code = Subjects.creditCode();
        Api.platformA(port).post("/api/v1/livestream/operators", Subjects.operator("rep-" + code, code, "330106"));
        String unknownId = Subjects.idNumber("330106", LocalDate.of(1990, 6, 6));
        var filed = Api.platformA(port).post("/api/v1/livestream/semiannual-reports", """
                {"rows":[{"role":"OPERATOR","account":"rep-%s","name":"杭州好物直播有限公司","creditCode":"%s"},
                         {"role":"HOST","account":"ghost","name":"李某","idNumber":"%s"},
                         {"role":"HOST","account":"bad","name":"赵某","idNumber":"330106199001011230"}]}"""
                .formatted(code, code, unknownId));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode rows = filed.json().get("rows");
        assertThat(rows.get(0).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(rows.get(1).get("status").asString()).isEqualTo("NOT_REGISTERED");
        assertThat(rows.get(2).get("status").asString()).isEqualTo("INVALID");
        assertThat(rows.get(2).get("problem").asString()).contains("idNumber");

        JsonNode states = Api.asPerson(port, "regulator-zj").get("/api/v1/livestream/semiannual-reports").json().get("items");
        assertThat(states.toString()).contains("\"platform\":\"platform-a\"");
        for (JsonNode state : states) {
            if (state.get("platform").asString().equals("platform-a")) {
                assertThat(state.get("state").asString()).isEqualTo("FILED");
            } else if (state.get("platform").asString().equals("platform-b")) {
                assertThat(state.get("state").asString()).isIn("DUE", "MISSING");
            }
        }
        assertThat(Api.platformB(port).get("/api/v1/livestream/semiannual-reports").body()).doesNotContain("platform-a");
    }

    @Test
    void aReportExportedFromASpreadsheetAsCsvIsJudgedLikeOneSentAsJson() {
        String code = Subjects.creditCode();
        Api.platformA(port).post("/api/v1/livestream/operators", Subjects.operator("csv-" + code, code, "330106"));
        String unknownId = Subjects.idNumber("330106", LocalDate.of(1991, 7, 7));
        String csv = """
                \uFEFFname,role,account,creditCode,idNumber
                杭州好物直播有限公司,OPERATOR,csv-%s,%s,
                李某,HOST,ghost,,%s
                "赵某, 主播",HOST,bad,,330106199001011230
                """.formatted(code, code, unknownId);
        var filed = Api.platformA(port).postAs("text/csv", "/api/v1/livestream/semiannual-reports/csv", csv);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode rows = filed.json().get("rows");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(rows.get(1).get("status").asString()).isEqualTo("NOT_REGISTERED");
        assertThat(rows.get(2).get("status").asString()).isEqualTo("INVALID");
        assertThat(rows.get(2).get("problem").asString()).contains("idNumber");

        var unknownColumn = Api.platformA(port).postAs("text/csv", "/api/v1/livestream/semiannual-reports/csv",
                "role,account,name,nickname\nHOST,a,某某,x\n");
        assertThat(unknownColumn.status()).isEqualTo(400);
        assertThat(unknownColumn.contentType()).startsWith("application/problem+json");
        assertThat(unknownColumn.body()).contains("csv").contains("nickname");
        assertThat(Api.asPerson(port, "regulator-zj").postAs("text/csv", "/api/v1/livestream/semiannual-reports/csv", csv)
                .status()).as("only platforms report").isEqualTo(403);
    }
}
