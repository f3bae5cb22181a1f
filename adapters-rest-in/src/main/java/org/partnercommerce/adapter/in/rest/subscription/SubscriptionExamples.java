package org.partnercommerce.adapter.in.rest.subscription;

/** Example answers for the API description, in the shapes this API serves. */
final class SubscriptionExamples {

    static final String SUBSCRIPTION = """
            {"id":"0c353b8e-da9d-4007-d0d4-bca8bd5b5ce1","offerId":"CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS","offerName":"Microsoft 365 E5",\
            "friendlyName":"Microsoft 365 E5","productType":{"id":"OnlineServices","displayName":"OnlineServices"},"quantity":5,\
            "unitType":"Licenses","hasPurchasableAddons":false,"creationDate":"2026-12-02T09:00:00Z",\
            "effectiveStartDate":"2026-12-02T09:00:05Z","commitmentEndDate":"2027-12-01T00:00:00Z","status":"active",\
            "autoRenewEnabled":true,"isTrial":false,"billingType":"license","billingCycle":"monthly","termDuration":"P1Y",\
            "isMicrosoftProduct":true,"publisherName":"Microsoft Corporation","partnerId":"5357564","contractType":"subscription",\
            "orderId":"a68736758d9c","attentionNeeded":false,"actionTaken":false,\
            "links":{"self":{"uri":"/customers/94cd6638-11b6-4323-8c9f-6ae3088adc59/subscriptions/0c353b8e-da9d-4007-d0d4-bca8bd5b5ce1",\
            "method":"GET","headers":[]}},"attributes":{"etag":"eyJpZCI6IjBjMzUzYjhlIiwidmVyc2lvbiI6MX0=","objectType":"Subscription"}}""";

    static final String SUBSCRIPTIONS = """
            {"totalCount":1,"items":[""" + SUBSCRIPTION + """
            ],"links":{"self":{"uri":"/customers/94cd6638-11b6-4323-8c9f-6ae3088adc59/subscriptions?order_id=a68736758d9c",\
            "method":"GET","headers":[]}},"attributes":{"objectType":"Collection"}}""";

    private SubscriptionExamples() {
    }
}
