package org.partnercommerce.adapter.in.rest.cart;

/** Examples for the OpenAPI document, in Partner Center's shapes. */
final class CartExamples {

    static final String CREATE_REQUEST = """
            {"lineItems":[{"id":0,"catalogItemId":"CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS","quantity":1,"billingCycle":"monthly",\
            "termDuration":"P1M"}]}""";

    static final String CART = """
            {"id":"2517c51b-58cd-4abe-87ed-3ab812401ab4","creationTimestamp":"2026-11-21T10:00:00Z",\
            "lastModifiedTimestamp":"2026-11-21T10:00:00Z","expirationTimestamp":"2026-11-28T10:00:00Z","lastModifiedUser":"demo-partner","status":"Active",\
            "lineItems":[{"id":0,"catalogItemId":"CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS","quantity":1,"currencyCode":"USD",\
            "billingCycle":"monthly","termDuration":"P1M","provisioningContext":{},"orderGroup":"0",\
            "pricing":{"listPrice":12.5,"discountedPrice":12.5,"proratedPrice":12.5,"price":12.5,"extendedPrice":12.5}}],\
            "links":{"self":{"uri":"/customers/932c4101-dc08-461b-b4c1-75d80e905775/carts/2517c51b-58cd-4abe-87ed-3ab812401ab4",\
            "method":"GET","headers":[]}},"attributes":{"objectType":"Cart"}}""";

    static final String REJECTED = """
            {"type":"urn:partner-commerce:problem:rule-violation","title":"The request breaks a purchase rule","status":422,\
            "detail":"The cart breaks 2 rules on 2 lines.","code":"800009","correlationId":"0c5e8f2a-1d64-4a5e-9a43-8f1b2a3c4d5e",\
            "errors":[{"lineId":0,"code":"10013","reason":"P3Y billed monthly is not a term of this availability."},\
            {"lineId":1,"code":"10015","reason":"The quantity 0 is below the minimum of 1."}]}""";

    static final String CHECKOUT = """
            {"orders":[{"id":"a68736758d9c","referenceCustomerId":"932c4101-dc08-461b-b4c1-75d80e905775","billingCycle":"monthly",\
            "currencyCode":"USD","lineItems":[{"lineItemNumber":0,"offerId":"CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS","termDuration":"P1M",\
            "quantity":1}],"creationDate":"2026-11-21T10:01:00Z","status":"pending","attributes":{"objectType":"Order"}}],\
            "orderErrors":[],"attributes":{"objectType":"CartCheckoutResult"}}""";

    private CartExamples() {
    }
}
