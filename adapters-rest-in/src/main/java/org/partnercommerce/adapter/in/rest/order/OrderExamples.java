package org.partnercommerce.adapter.in.rest.order;

/** Examples for the OpenAPI document, in Partner Center's shapes. */
final class OrderExamples {

    /** The request of Partner Center's page "create an order for a customer of an indirect reseller", as it writes it. */
    static final String PLACE_REQUEST = """
            {"Id":null,"ReferenceCustomerId":"c501c3c4-d776-40ef-9ecf-9cefb59442c1","BillingCycle":"unknown",\
            "LineItems":[{"LineItemNumber":0,"OfferId":"DB2E705F-B82A-4024-A3D5-D88E12F2DB35","SubscriptionId":null,\
            "ParentSubscriptionId":null,"FriendlyName":"New offer purchase.","Quantity":5,"PartnerIdOnRecord":"4847383",\
            "Attributes":{"ObjectType":"OrderLineItem"}}],"CreationDate":null,"Attributes":{"ObjectType":"Order"}}""";

    static final String ORDER = """
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
