package org.partnercommerce.emulator.wire;

import org.partnercommerce.emulator.http.Response;

import java.util.List;

/**
 * A failure Partner Center reports as an ApiFault, with its documented HTTP status and code
 * (reference §4.3). Thrown by handlers; rendered in one place ({@code EmulatorFailures}).
 */
public final class PartnerCenterFault extends RuntimeException {

    private final int status;
    private final int code;
    private final List<String> data;
    private final List<Link.Header> headers;

    public PartnerCenterFault(int status, int code, String description) {
        this(status, code, description, List.of(), List.of());
    }

    public PartnerCenterFault(int status, int code, String description, List<String> data, List<Link.Header> headers) {
        super(description);
        this.status = status;
        this.code = code;
        this.data = List.copyOf(data);
        this.headers = List.copyOf(headers);
    }

    // Catalog (§4.3).

    public static PartnerCenterFault productNotFound(String productId, String country) {
        return new PartnerCenterFault(404, 400013,
                "The product '" + productId + "' was not found in the catalog for country '" + country + "'.");
    }

    public static PartnerCenterFault skuNotFound(String productId, String skuId, String country) {
        return new PartnerCenterFault(404, 400018,
                "The SKU '" + skuId + "' of product '" + productId + "' was not found in the catalog for country '" + country + "'.");
    }

    public static PartnerCenterFault availabilityNotFound(String productId, String skuId, String availabilityId, String country) {
        return new PartnerCenterFault(404, 400019, "The availability '" + availabilityId + "' of SKU '" + productId + ":" + skuId
                + "' was not found in the catalog for country '" + country + "'.");
    }

    public static PartnerCenterFault segmentNotAllowed(String segment) {
        return new PartnerCenterFault(403, 400030, "The target segment '" + segment + "' is not allowed for this partner.");
    }

    public static PartnerCenterFault targetViewNotAllowed(String targetView) {
        return new PartnerCenterFault(403, 400036, "The target view '" + targetView + "' is not allowed for this partner.");
    }

    public static PartnerCenterFault offersApiDoesNotSupport(String itemId) {
        return new PartnerCenterFault(400, 2100,
                "The Offers API does not support item with id " + itemId + ". Please try using the Products and/or SKUs APIs");
    }

    public static PartnerCenterFault notOnboardedInCountry(String country) {
        return new PartnerCenterFault(403, 2030, "Partner is not onboarded to sell in country '" + country + "'.");
    }

    // Carts and orders (§4.3).

    /** 400/800002: a body that cannot be read as the request, or a request that makes no sense. */
    public static PartnerCenterFault invalidRequestInput(String description) {
        return new PartnerCenterFault(400, 800002, description);
    }

    public static PartnerCenterFault invalidOfferId(String offerId, String country) {
        return new PartnerCenterFault(400, 800004, "The offer id '" + offerId + "' is not valid for country '" + country + "'.");
    }

    public static PartnerCenterFault cartNotFound(String cartId) {
        return new PartnerCenterFault(404, 800008, "Unable to retrieve cart id '" + cartId + "'.");
    }

    public static PartnerCenterFault cartExpired(String cartId, String expiredAt) {
        return invalidRequestInput("The cart '" + cartId + "' expired at " + expiredAt + " and can no longer be updated or checked out; "
                + "create a new cart.");
    }

    public static PartnerCenterFault errorInCartItems(String description) {
        return new PartnerCenterFault(400, 800009, "Error in Cart item(s). " + description);
    }

    public static PartnerCenterFault cartBeingProcessed(String cartId) {
        return new PartnerCenterFault(409, 800064, "Cart " + cartId + " is being processed by another request.");
    }

    public static PartnerCenterFault requestBeingProcessed(String requestId) {
        return new PartnerCenterFault(409, 800064, "The request with MS-RequestId " + requestId
                + " is being processed by another request; retry once it has been answered.");
    }

    public static PartnerCenterFault cartAlreadySubmitted(String cartId) {
        return new PartnerCenterFault(400, 800065, "Cannot update an already submitted cart " + cartId + ".");
    }

    public static PartnerCenterFault lineItemNumbers(String description) {
        return new PartnerCenterFault(400, 800071, "Line item numbers must be unique and run from 0 to the count of line items - 1. "
                + description);
    }

    public static PartnerCenterFault mpnNotFound(String mpnId) {
        return new PartnerCenterFault(404, 800015, "The MPN id '" + mpnId + "' was not found.");
    }

    public static PartnerCenterFault providerMpnAsPartnerOfRecord(String mpnId) {
        return new PartnerCenterFault(404, 2072, "The MPN id '" + mpnId
                + "' is the indirect provider's own; only an indirect reseller can be the partner of record.");
    }

    public static PartnerCenterFault orderNotFound(String orderId) {
        return new PartnerCenterFault(404, 20000, "The order id '" + orderId + "' was not found.");
    }

    // Subscriptions and entitlements.

    public static PartnerCenterFault subscriptionNotFound(String subscriptionId) {
        return new PartnerCenterFault(404, 800002, "The subscription id '" + subscriptionId + "' was not found.");
    }

    // General (§4.3).

    public static PartnerCenterFault notFound(String description) {
        return new PartnerCenterFault(404, 1000, description);
    }

    public static PartnerCenterFault invalidProperty(String property, String description) {
        return new PartnerCenterFault(400, 3000, description, List.of(property), List.of());
    }

    public static PartnerCenterFault missingParameter(String parameter) {
        return invalidProperty(parameter, "The '" + parameter + "' parameter is required.");
    }

    public static PartnerCenterFault unparsableEnum(String parameter, String value, List<String> accepted) {
        return new PartnerCenterFault(400, 900126, "Unable to parse '" + value + "' as a value of '" + parameter
                + "'. Accepted values: " + String.join(", ", accepted) + ".", List.of(parameter), List.of());
    }

    public static PartnerCenterFault unreadableBody(String description) {
        return new PartnerCenterFault(400, 3000, description);
    }

    public static PartnerCenterFault methodNotAllowed(String method, List<String> allowed) {
        return new PartnerCenterFault(405, 0, "The requested resource does not support http method '" + method + "'.",
                List.of(), List.of(new Link.Header("Allow", String.join(", ", allowed))));
    }

    /**
     * 401: no, or no acceptable, bearer token. Two challenges: RFC 6750's {@code Bearer} with the
     * reason, and the {@code OAuth realm=urn:cpsvc:cpid:...} one the Partner Center docs show.
     */
    public static PartnerCenterFault unauthorized(String reason, String correlationId) {
        return new PartnerCenterFault(401, 400, "Access denied. " + reason, List.of(), List.of(
                new Link.Header("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\""
                        + reason.replace("\"", "'") + "\""),
                new Link.Header("WWW-Authenticate", "OAuth realm=urn:cpsvc:cpid:" + correlationId)));
    }

    /** 403: an App+User-only API called with an app-only token (reference §5). */
    public static PartnerCenterFault requiresAppPlusUser() {
        return new PartnerCenterFault(403, 900150, "This resource can't be accessed by application credentials: "
                + "the supplied role does not have the rights to perform the requested operation. Use App+User authentication.");
    }

    public int status() {
        return status;
    }

    public int code() {
        return code;
    }

    public String description() {
        return getMessage();
    }

    public ApiFault body() {
        return new ApiFault(code, getMessage(), data, ApiFault.SOURCE);
    }

    public Response toResponse() {
        Response response = Json.response(status, body());
        for (Link.Header header : headers) {
            response = response.addHeader(header.key(), header.value());
        }
        return response;
    }
}
