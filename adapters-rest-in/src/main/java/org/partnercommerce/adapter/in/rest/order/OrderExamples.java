package org.partnercommerce.adapter.in.rest.order;

/** Examples for the OpenAPI document, in Partner Center's shapes. */
final class OrderExamples {

    static final String ORDER = """
            {"id":"a68736758d9c","alternateId":"a68736758d9c","referenceCustomerId":"94cd6638-11b6-4323-8c9f-6ae3088adc59",\
            "billingCycle":"monthly","currencyCode":"USD","currencySymbol":"US$","lineItems":[{"lineItemNumber":0,\
            "offerId":"CFQ7TTC0LF8S:0001:CFQ7TTC0N81H","subscriptionId":"0c353b8e-da9d-4007-d0d4-bca8bd5b5ce1","termDuration":"P1M",\
            "transactionType":"New","friendlyName":"Office 365 E5 without Audio Conferencing","quantity":1,\
            "pricing":{"listPrice":36.48,"discountedPrice":36.48,"proratedPrice":36.48,"price":36.48,"extendedPrice":36.48},\
            "links":{"product":{"uri":"/products/CFQ7TTC0LF8S?country=US","method":"GET","headers":[]},\
            "sku":{"uri":"/products/CFQ7TTC0LF8S/skus/0001?country=US","method":"GET","headers":[]},\
            "availability":{"uri":"/products/CFQ7TTC0LF8S/skus/0001/availabilities/CFQ7TTC0N81H?country=US","method":"GET","headers":[]},\
            "subscription":{"uri":"/customers/94cd6638-11b6-4323-8c9f-6ae3088adc59/subscriptions/0c353b8e-da9d-4007-d0d4-bca8bd5b5ce1",\
            "method":"GET","headers":[]}}}],"creationDate":"2026-11-21T10:01:00Z","status":"completed","transactionType":"UserPurchase",\
            "totalPrice":36.48,"client":{},"links":{"self":{"uri":"/customers/94cd6638-11b6-4323-8c9f-6ae3088adc59/orders/a68736758d9c",\
            "method":"GET","headers":[]},"provisioningStatus":{"uri":\
            "/customers/94cd6638-11b6-4323-8c9f-6ae3088adc59/orders/a68736758d9c/provisioningstatus","method":"GET","headers":[]}},\
            "attributes":{"objectType":"Order","etag":"eyJpZCI6ImE2ODczNjc1OGQ5YyIsInZlcnNpb24iOjJ9"}}""";

    static final String ONE_TIME_ORDERS = """
            {"totalCount":1,"items":[{"id":"311qiN8iFwkv-XARWMvXRYAwYKMACVqv1","alternateId":"0a3624c6e47d",\
            "referenceCustomerId":"d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d","billingCycle":"one_time","currencyCode":"USD",\
            "currencySymbol":"$","lineItems":[{"lineItemNumber":0,"offerId":"DG7GMGF0DWTL:0001:DG7GMGF0DSFM","transactionType":"New",\
            "friendlyName":"Windows Server 2019 Datacenter - 16 Core License Pack","quantity":1}],\
            "creationDate":"2026-11-21T10:01:00Z","status":"pending","transactionType":"UserPurchase",\
            "links":{"self":{"uri":"/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/orders/311qiN8iFwkv-XARWMvXRYAwYKMACVqv1",\
            "method":"GET","headers":[]},"provisioningStatus":{"uri":\
            "/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/orders/311qiN8iFwkv-XARWMvXRYAwYKMACVqv1/provisioningstatus",\
            "method":"GET","headers":[]}},"attributes":{"objectType":"Order"}}],\
            "links":{"self":{"uri":"/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/orders?billingType=onetime&size=50",\
            "method":"GET","headers":[]}},"attributes":{"objectType":"Collection"}}""";

    static final String UNKNOWN_BILLING_TYPE = """
            {"type":"urn:partner-commerce:problem:invalid-request","title":"The request is invalid","status":400,\
            "detail":"'weekly' is not a billing type; expected one of monthly, annual, none, onetime, triennial, biennial.",\
            "instance":"/v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/orders","code":"3000",\
            "correlationId":"0c5e8f2a-1d64-4a5e-9a43-8f1b2a3c4d5e","errors":[{"field":"billingType","code":"3000",\
            "reason":"'weekly' is not a billing type; expected one of monthly, annual, none, onetime, triennial, biennial."}]}""";

    static final String PROVISIONING_STATUS = """
            {"totalCount":1,"items":[{"orderLineItemId":0,"lineItemNumber":0,"status":"PrefulfillmentPending",\
            "quantityProvisioningInformation":[{"quantity":5,"status":"PrefulfillmentPending"}]}],\
            "links":{"self":{"uri":"/customers/94cd6638-11b6-4323-8c9f-6ae3088adc59/orders/a68736758d9c/provisioningstatus",\
            "method":"GET","headers":[]}},"attributes":{"objectType":"Collection"}}""";

    private OrderExamples() {
    }
}
