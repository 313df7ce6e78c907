package io.tianping.app.web.idempotency;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;

/** States in the OpenAPI document that every POST takes an optional {@code Idempotency-Key}. */
@Component
class IdempotencyKeyDocumentation implements GlobalOperationCustomizer {

    @Override
    public io.swagger.v3.oas.models.Operation customize(io.swagger.v3.oas.models.Operation operation,
                                                        org.springframework.web.method.HandlerMethod handler) {
        if (handler.hasMethodAnnotation(PostMapping.class)) {
            operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                    .description("Retry safely: the same key with the same request within 24 hours gets the first answer "
                            + "again (header Idempotent-Replayed: true) and does nothing twice; the same key with another "
                            + "request is a 422.")
                    .schema(new StringSchema().maxLength(200)));
        }
        return operation;
    }
}
