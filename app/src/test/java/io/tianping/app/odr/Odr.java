package io.tianping.app.odr;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/** The ODR principals of api.md and the requests the ODR tests send. */
final class Odr {

    static final String DEMO_ENTERPRISE = "91330106MA27XH3Q56";
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Odr() {
    }

    static Api intake(int port) {
        return Api.withKey(port, "demo-12315-key");
    }

    static Api demoEnterprise(int port) {
        return Api.withKey(port, "demo-enterprise-key");
    }

    static Api xihu(int port) {
        return Api.asPerson(port, "regulator-xihu");
    }

    /** A new enterprise in {@code region}, with its own API key: its credit code and the way to call as it. */
    record Enterprise(String creditCode, Api api) { }

    static Enterprise newEnterprise(int port, String region) {
        var random = ThreadLocalRandom.current();
        var organisation = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            organisation.append(CHARSET.charAt(random.nextInt(i == 0 ? 10 : CHARSET.length())));
        }
        String code = Certificates.creditCode("91" + region + organisation);
        String id = "odr-test-" + UUID.randomUUID().toString().substring(0, 8);
        var issued = Api.asPerson(port, "admin").post("/api/v1/admin/organisations", """
                {"id":"%s","role":"ENTERPRISE","displayName":"测试企业 %s","organisation":"%s","region":"%s"}"""
                .formatted(id, code, code, region));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return new Enterprise(code, Api.withKey(port, issued.json().get("apiKey").asString()));
    }

    static String application(String creditCode) {
        return """
                {"name":"测试企业 %s","creditCode":"%s","address":"杭州市西湖区文三路 1 号","contact":"0571-88880000",
                 "staff":"2 名专职客服","procedures":"受理、记录、48 小时内回复、10 个工作日内处理完毕","commitment":true}"""
                .formatted(creditCode, creditCode);
    }

    /** Applied and approved by the Xihu bureau: ACTIVE. */
    static Enterprise activeEnterprise(int port, String region, Api regulator) {
        Enterprise enterprise = newEnterprise(port, region);
        var applied = enterprise.api().post("/api/v1/odr/enterprises", application(enterprise.creditCode()));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        var approved = regulator.post("/api/v1/odr/enterprises/" + enterprise.creditCode() + "/approval", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return enterprise;
    }

    static String complaint(String respondent, boolean odr, Instant receivedAt) {
        return """
                {"receivedAt":"%s","odr":%s,"consumer":{"name":"张三","phone":"13812345678"},
                 "respondent":{"name":"杭州西湖小家电有限公司","creditCode":"%s"},
                 "product":{"name":"电热水壶","catalogueCode":"0717","model":"SWF-17E"},
                 "platform":"platform-a","listingId":"A-1001","amount":"129.00","claim":"退货退款",
                 "facts":"使用一周后底座漏电","harmKnownOn":"%s"}"""
                .formatted(receivedAt, odr, respondent, io.tianping.sharedkernel.ChinaTime.dayOf(receivedAt));
    }

    /** Files the complaint and answers its id. */
    static String file(int port, String respondent, boolean odr, Instant receivedAt) {
        var filed = intake(port).post("/api/v1/odr/complaints", complaint(respondent, odr, receivedAt));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("complaintId").asString();
    }

    static JsonNode step(Api caller, String complaintId, String step, String body) {
        var answer = caller.post("/api/v1/odr/complaints/" + complaintId + "/" + step, body);
        assertThat(answer.status()).as(step + ": " + answer.body()).isEqualTo(200);
        return answer.json();
    }
}
