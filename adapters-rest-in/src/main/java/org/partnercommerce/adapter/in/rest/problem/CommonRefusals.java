package org.partnercommerce.adapter.in.rest.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every operation of the API may answer whatever it does, described once rather than on each
 * resource, all problem+json: {@code 401} without a valid bearer token; {@code 403} when the
 * caller's role does not allow the operation; {@code 429} when the caller sent more than its rate
 * ({@code CallerRateLimit}); {@code 503} when the service is busy or its database cannot be
 * reached. An operation that describes one of these codes itself, with its content, keeps its own
 * description; what SmallRye OpenAPI generates from the roles (a {@code 401} and a {@code 403}
 * with a description and no content) is replaced. Every {@code 429} and {@code 503} names the
 * {@code Retry-After} header. Applied when the description is built.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CommonRefusals implements OASFilter {

    private static final String API = "/v1/";
    private static final String RETRY_AFTER = "Retry-After";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(API)) {
                item.getOperations().values().forEach(CommonRefusals::describe);
            }
        });
    }

    private static void describe(Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        describeUnlessDescribed(responses, "401", problem("No valid bearer token (unauthenticated)"));
        describeUnlessDescribed(responses, "403", problem("The caller's role does not allow this operation (forbidden)"));
        describeUnlessDescribed(responses, "429", problem("The caller sent more than its rate (rate-limited); nothing was done: "
                + "retry after Retry-After seconds"));
        describeUnlessDescribed(responses, "503", problem("The service is busy (overloaded) or its database cannot be reached "
                + "(database-unavailable); nothing was done: retry after Retry-After seconds"));
        for (String status : List.of("429", "503")) {
            APIResponse answer = responses.getAPIResponse(status);
            if (answer.getHeaders() == null || !answer.getHeaders().containsKey(RETRY_AFTER)) {
                answer.addHeader(RETRY_AFTER, OASFactory.createHeader()
                        .description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(SchemaType.INTEGER)));
            }
        }
    }

    private static void describeUnlessDescribed(APIResponses responses, String status, APIResponse common) {
        APIResponse declared = responses.getAPIResponse(status);
        if (declared == null || declared.getContent() == null) {
            responses.addAPIResponse(status, common);
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
    }
}
