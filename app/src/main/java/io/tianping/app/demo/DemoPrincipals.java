package io.tianping.app.demo;

import io.tianping.app.database.EmbeddedDatabaseConfiguration;
import io.tianping.app.security.ApiKeys;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo principals of api.md. They exist only on the embedded database: with a database URL configured, this
 * class is not even created.
 */
@Component
@DependsOnDatabaseInitialization
@ConditionalOnExpression(EmbeddedDatabaseConfiguration.WHEN_NO_DATABASE_URL)
class DemoPrincipals implements SmartInitializingSingleton {

    record Organisation(String id, String role, String name, String organisation, String apiKey, String region) {

        Organisation(String id, String role, String name, String organisation, String apiKey) {
            this(id, role, name, organisation, apiKey, null);
        }
    }

    record Person(String id, String role, String name, String region) { }

    static final String PASSWORD = "demo-password";

    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("demo-platform-a", "PLATFORM", "Platform A", "platform-a", "demo-platform-a-key"),
            new Organisation("demo-platform-b", "PLATFORM", "Platform B", "platform-b", "demo-platform-b-key"),
            new Organisation("demo-cert-body", "CERTIFICATION_BODY", "China Quality Certification Centre (CQC)", "01",
                    "demo-cert-body-key"),
            new Organisation("demo-12315", "COMPLAINT_INTAKE", "12315 national intake", "12315", "demo-12315-key"),
            new Organisation("demo-enterprise", "ENTERPRISE", "杭州西湖小家电有限公司", "91330106MA27XH3Q56",
                    "demo-enterprise-key", "330106"),
            new Organisation("demo-manufacturer", "MANUFACTURER", "浙江苏泊尔家电制造有限公司", "91330100716105852F",
                    "demo-manufacturer-key", "330100"));

    static final List<Person> PEOPLE = List.of(
            new Person("regulator-zj", "REGULATOR", "Zhejiang AMR", "330000"),
            new Person("regulator-js", "REGULATOR", "Jiangsu AMR", "320000"),
            new Person("regulator-national", "REGULATOR", "SAMR", "000000"),
            new Person("regulator-xihu", "REGULATOR", "Hangzhou Xihu district AMR", "330106"),
            new Person("auditor", "AUDITOR", "Auditor", null),
            new Person("admin", "ADMIN", "Administrator", null));

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    DemoPrincipals(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Organisation o : ORGANISATIONS) {
            jdbc.sql("""
                    insert into principal (id, role, display_name, organisation, region, api_key_hash) values (?, ?, ?, ?, ?, ?)
                    on conflict (id) do nothing""")
                    .params(o.id(), o.role(), o.name(), o.organisation(), o.region(), ApiKeys.hash(o.apiKey())).update();
        }
        for (Person p : PEOPLE) {
            jdbc.sql("""
                    insert into principal (id, role, display_name, region, password_hash) values (?, ?, ?, ?, ?)
                    on conflict (id) do nothing""")
                    .params(p.id(), p.role(), p.name(), p.region(), passwords.encode(PASSWORD)).update();
        }
    }
}
