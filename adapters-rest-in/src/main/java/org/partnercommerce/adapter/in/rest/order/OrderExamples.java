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

    /** The request of Partner Center's page "create an order for a customer of an indirect reseller", as it writes it. */
    static final String PLACE_REQUEST = """
            {"Id":null,"ReferenceCustomerId":"c501c3c4-d776-40ef-9ecf-9cefb59442c1","BillingCycle":"unknown",\
            "LineItems":[{"LineItemNumber":0,"OfferId":"DB2E705F-B82A-4024-A3D5-D88E12F2DB35","SubscriptionId":null,\
            "ParentSubscriptionId":null,"FriendlyName":"New offer purchase.","Quantity":5,"PartnerIdOnRecord":"4847383",\
            "Attributes":{"ObjectType":"OrderLineItem"}}],"CreationDate":null,"Attributes":{"ObjectType":"Order"}}""";

    static final String PLACED_ORDER = """
            {"id":"3eddcac6-63b2-4c40-b0b6-f47e18301492","referenceCustomerId":"c501c3c4-d776-40ef-9ecf-9cefb59442c1",\
            "billingCycle":"monthly","lineItems":[{"lineItemNumber":0,"offerId":"DB2E705F-B82A-4024-A3D5-D88E12F2DB35",\
            "friendlyName":"New offer purchase.","quantity":5,"partnerIdOnRecord":"4847383"}],\
            "creationDate":"2026-11-21T10:01:00Z","status":"pending",\
            "links":{"self":{"uri":"/customers/c501c3c4-d776-40ef-9ecf-9cefb59442c1/orders/3eddcac6-63b2-4c40-b0b6-f47e18301492",\
            "method":"GET","headers":[]},"provisioningStatus":{"uri":"/customers/c501c3c4-d776-40ef-9ecf-9cefb59442c1/orders/\
            3eddcac6-63b2-4c40-b0b6-f47e18301492/provisioningstatus","method":"GET","headers":[]}},"attributes":{"objectType":"Order"}}""";

    static final String REJECTED = """
            {"type":"urn:partner-commerce:problem:rule-violation","title":"The request breaks a purchase rule","status":422,\
            "detail":"The order breaks 3 rules.","code":"800002","correlationId":"0c5e8f2a-1d64-4a5e-9a43-8f1b2a3c4d5e",\
            "errors":[{"field":"referenceCustomerId","code":"800002","reason":"An order names its reference customer \
            (referenceCustomerId): the customer it is placed for, c501c3c4-d776-40ef-9ecf-9cefb59442c1."},\
            {"lineId":0,"field":"quantity","code":"800017","reason":"Intune Device (DB2E705F-B82A-4024-A3D5-D88E12F2DB35) is bought at \
            most 10000 at a time; the line asks for 20000."},\
            {"lineId":1,"field":"partnerIdOnRecord","code":"800016","reason":"5357564 is not an active indirect reseller of this \
            customer."}]}""";

    static final String APP_ONLY = """
            {"type":"urn:partner-commerce:problem:partner-center-forbidden","title":"Partner Center does not allow this",\
            "status":403,"detail":"Partner Center takes an order for a customer of an indirect reseller, naming the reseller as \
            partner on record, only from a caller acting for a user (App+User); this service calls Partner Center app-only. \
            Configure App+User: PARTNERCOMMERCE_PARTNER_CENTER_AUTH=app-user (partnercommerce.partner-center.auth) and \
            PARTNERCOMMERCE_PARTNER_CENTER_REFRESH_TOKEN (partnercommerce.partner-center.refresh-token), the refresh token of \
            the Secure Application Model's one-time consent, with MFA.","code":"900150",\
            "correlationId":"0c5e8f2a-1d64-4a5e-9a43-8f1b2a3c4d5e"}""";

    private OrderExamples() {
    }
}
