package org.partnercommerce.adapter.in.rest.entitlement;

/** Example answers for the API description, in the shapes this API serves. */
final class EntitlementExamples {

    static final String ENTITLEMENTS = """
            {"totalCount":1,"items":[{"includedEntitlements":[],"referenceOrder":{"id":"a68736758d9c","lineItemId":"0",\
            "alternateId":"a68736758d9c"},"productId":"DZH318Z0BQ36","skuId":"004G","quantity":2,\
            "quantityDetails":[{"quantity":2,"status":"Fulfilled"}],"entitlementType":"reservedinstance","fulfillmentState":"Fulfilled",\
            "expiryDate":"2027-12-02T00:00:00Z","entitledArtifacts":[{"link":{"uri":"/customers/94cd6638-11b6-4323-8c9f-6ae3088adc59/\
            artifacts/reservedinstance/groups/a68736758d9c/lineitems/0/resource/ebf2e74b-630e-4a09-857d-a1f6c6351336","method":"GET",\
            "headers":[]},"resourceId":"ebf2e74b-630e-4a09-857d-a1f6c6351336","artifactType":"reservedinstance",\
            "dynamicAttributes":{"reservationType":"virtualmachines"}}],"dynamicAttributes":{"reservationType":"virtualmachines"}}],\
            "links":{"self":{"uri":"/customers/94cd6638-11b6-4323-8c9f-6ae3088adc59/entitlements?entitlementType=reservedInstance&\
            showExpiry=true","method":"GET","headers":[]}},"attributes":{"objectType":"Collection"}}""";

    static final String RESERVATION = """
            {"type":"reservedinstance","reservations":[{"reservationId":"99f320db-c029-4c1b-a157-dad76e4481b6","scopeType":"Shared",\
            "displayName":"Reserved VM Instance, Standard_NV12, US East, 1 Year","quantity":2,"expiryDateTime":"2027-12-02T00:00:00Z",\
            "effectiveDateTime":"2026-12-02T09:00:05Z","provisioningState":"Succeeded"}],\
            "attributes":{"objectType":"ReservedInstanceArtifactDetails"}}""";

    private EntitlementExamples() {
    }
}
