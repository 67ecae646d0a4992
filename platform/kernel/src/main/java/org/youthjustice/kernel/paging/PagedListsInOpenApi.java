package org.youthjustice.kernel.paging;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents every paged list the same way, in every service's OpenAPI document: an operation that takes the query
 * parameters {@code offset} and {@code limit} answers 200 with the headers {@link Page} sets ({@code X-Total-Count},
 * {@code Link}) and 400 for a bad paging value. Written once here rather than as the same annotations on every list.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PagedListsInOpenApi implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (!paged(operation.getParameters())) {
            return operation;
        }
        describe(operation.getParameters());
        if (operation.getResponses() == null) {
            return operation;
        }
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null) {
            if (ok.getHeaders() == null || !ok.getHeaders().containsKey(Page.TOTAL_COUNT)) {
                ok.addHeader(Page.TOTAL_COUNT, header("how many items the whole list holds (every page together)",
                        Schema.SchemaType.INTEGER));
            }
            if (ok.getHeaders() == null || !ok.getHeaders().containsKey("Link")) {
                ok.addHeader("Link", header("RFC 8288 links to the next and previous pages (rel next, prev) as query-only "
                        + "references, to resolve against the address called", Schema.SchemaType.STRING));
            }
        }
        if (operation.getResponses().getAPIResponse("400") == null) {
            operation.getResponses().addAPIResponse("400", OASFactory.createAPIResponse()
                    .description("`offset` or `limit` is not a whole number in range; each listed"));
        }
        return operation;
    }

    private static boolean paged(List<Parameter> parameters) {
        return parameters != null && query(parameters, "offset") != null && query(parameters, "limit") != null;
    }

    private static Parameter query(List<Parameter> parameters, String name) {
        return parameters.stream().filter(p -> name.equals(p.getName()) && p.getIn() == Parameter.In.QUERY)
                .findFirst().orElse(null);
    }

    private static void describe(List<Parameter> parameters) {
        Parameter offset = query(parameters, "offset");
        if (offset.getDescription() == null) {
            offset.setDescription("how many items to skip (default 0, at most " + PageRequest.MAX_OFFSET + ")");
        }
        Parameter limit = query(parameters, "limit");
        if (limit.getDescription() == null) {
            limit.setDescription("how many items per page (the list's default and maximum are in its description)");
        }
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }
}
