package io.tianping.app.web.contract;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.tianping.app.web.contract.ProblemDocumentation.Answer;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Rules every operation follows, so no controller has to repeat them. The operation id is the handler method's name
 * ({@code issueCertificate}); its tag, the controller's name without {@code Controller} ({@code certificate}, so
 * generated clients have a {@code CertificateApi}). A POST that answers a {@code ResponseEntity} with a body creates
 * something: 201 with its {@code Location} (a handler that may also answer 200 says so with {@code @ApiResponse}; one that
 * declares a 202 starts a job and answers neither 200 nor 201). And
 * the problems each may answer with: 400 where it takes input, 401 and 403 everywhere, 404 where the path names a
 * resource, 409 where it changes something, 413 where it takes a body.
 */
@Component
class OperationDocumentation implements GlobalOperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        operation.setOperationId(handler.getMethod().getName());
        operation.setTags(List.of(tag(ClassUtils.getUserClass(handler.getBeanType()))));
        List<RequestMethod> methods = methods(handler);
        if (declares(handler, "202")) {
            if (!declares(handler, "200")) {
                operation.getResponses().remove("200"); // accepted for later, never done at once
            }
        } else if (methods.contains(RequestMethod.POST) && answersABody(handler) && operation.getResponses().get("200") != null) {
            documentCreated(operation, handler);
        }
        boolean body = takes(handler, RequestBody.class);
        boolean path = takes(handler, PathVariable.class);
        problem(operation, body || path || takes(handler, RequestParam.class), Answer.BAD_REQUEST);
        problem(operation, true, Answer.UNAUTHORIZED);
        problem(operation, true, Answer.FORBIDDEN);
        problem(operation, path, Answer.NOT_FOUND);
        problem(operation, !methods.contains(RequestMethod.GET), Answer.CONFLICT);
        problem(operation, body, Answer.PAYLOAD_TOO_LARGE);
        return operation;
    }

    static String tag(Class<?> controller) {
        String name = controller.getSimpleName().replaceFirst("Controller$", "");
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static void documentCreated(Operation operation, HandlerMethod handler) {
        ApiResponse ok = operation.getResponses().get("200");
        var created = new ApiResponse().description("Created").content(ok.getContent())
                .addHeaderObject("Location", new Header().description("Where what was created can be read")
                        .schema(new StringSchema().format("uri-reference")));
        if (!declares(handler, "200")) {
            operation.getResponses().remove("200");
        }
        operation.getResponses().addApiResponse("201", created);
    }

    private static boolean declares(HandlerMethod handler, String status) {
        return Arrays.stream(handler.getMethod().getAnnotationsByType(
                        io.swagger.v3.oas.annotations.responses.ApiResponse.class))
                .anyMatch(response -> response.responseCode().equals(status));
    }

    private static boolean answersABody(HandlerMethod handler) {
        var returned = handler.getReturnType();
        return returned.getParameterType() == ResponseEntity.class
                && returned.getGenericParameterType() instanceof java.lang.reflect.ParameterizedType entity
                && entity.getActualTypeArguments()[0] != Void.class;
    }

    private static List<RequestMethod> methods(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping == null ? List.of() : List.of(mapping.method());
    }

    private static boolean takes(HandlerMethod handler, Class<? extends Annotation> annotation) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(parameter -> parameter.hasParameterAnnotation(annotation));
    }

    private static void problem(Operation operation, boolean applies, Answer answer) {
        if (applies) {
            operation.getResponses().addApiResponse(String.valueOf(answer.status), new ApiResponse().$ref(answer.ref()));
        }
    }
}
