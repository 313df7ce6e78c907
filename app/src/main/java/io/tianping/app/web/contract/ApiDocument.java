package io.tianping.app.web.contract;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.tianping.sharedkernel.Actor;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document's frame: what it is, where the default run serves it, and how callers authenticate (api.md, "Who is
 * calling"): organisations with an API key, people with HTTP Basic; every operation needs one of the two.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    static final String API_KEY = "apiKey";
    static final String BASIC = "basic";

    static {
        // the caller comes from the credentials (ActorArgumentResolver), it is never a parameter anyone sends
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI tianpingApi() {
        return new OpenAPI()
                .info(new Info().title("Tianping").version("v1").description("""
                        The public contract of Tianping (天平): certificates, listing checks and takedown notices, \
                        enforcement cases, spot checks and the audit trail. Errors are RFC 9457 problems \
                        (application/problem+json). See docs/api.md."""))
                .servers(List.of(new Server().url("http://localhost:8080").description("the default run")))
                .components(ProblemDocumentation.addTo(new Components()
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key")
                                .description("Organisations: platforms, certification bodies, manufacturers."))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("People: regulators, auditors, admins."))))
                .security(List.of(new SecurityRequirement().addList(API_KEY), new SecurityRequirement().addList(BASIC)));
    }
}
