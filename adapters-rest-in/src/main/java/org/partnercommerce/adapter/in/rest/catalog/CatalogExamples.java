package org.partnercommerce.adapter.in.rest.catalog;

/** Examples for the OpenAPI document, in Partner Center's shapes. */
final class CatalogExamples {

    static final String PRODUCTS = """
            {"totalCount":1,"items":[{"id":"CFQ7TTC0LH0Z","title":"Microsoft 365 Business Basic",\
            "description":"Email, calendar and Office on the web.","productType":{"id":"OnlineServices","displayName":"OnlineServices"},\
            "isMicrosoftProduct":true,"publisherName":"Microsoft Corporation",\
            "links":{"skus":{"uri":"/products/CFQ7TTC0LH0Z/skus?country=US","method":"GET","headers":[]},\
            "self":{"uri":"/products/CFQ7TTC0LH0Z?country=US","method":"GET","headers":[]}},"attributes":{"objectType":"Product"}}],\
            "links":{"self":{"uri":"/products?country=US&targetView=OnlineServices","method":"GET","headers":[]}},\
            "attributes":{"objectType":"Collection"}}""";

    static final String SKU = """
            {"id":"004G","productId":"DZH318Z0BQ36","title":"Reserved VM Instance, Standard_NV12, US East 2, 1 Year",\
            "minimumQuantity":1,"maximumQuantity":999999999,"isTrial":false,"supportedBillingCycles":["one_time"],\
            "purchasePrerequisites":["InventoryCheck","AzureSubscriptionRegistration"],\
            "inventoryVariables":["CustomerId","AzureSubscriptionId","ArmRegionName"],\
            "provisioningVariables":["Scope","SubscriptionId","Duration"],\
            "dynamicAttributes":{"armSkuName":"Standard_NV12","armRegionName":"eastus2","duration":"1Year"},\
            "attributes":{"objectType":"Sku"}}""";

    static final String AVAILABILITIES = """
            {"totalCount":1,"items":[{"id":"CFQ7TTC0K18P","productId":"CFQ7TTC0LH0Z","skuId":"0001",\
            "catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","defaultCurrency":{"code":"USD","symbol":"$"},\
            "segment":"commercial","country":"US","isPurchasable":true,"isRenewable":true,\
            "terms":[{"id":"p1m-monthly","duration":"P1M","description":"One-Month commitment for monthly billing","billingCycle":"monthly",\
            "cancellationPolicies":[{"refundOptions":[{"sequenceId":1,"type":"Full","expiresAfter":"P7D"}]}]}],\
            "attributes":{"objectType":"Availability"}}],"attributes":{"objectType":"Collection"}}""";

    static final String INVENTORY_REQUEST = """
            {"targetItems":[{"productId":"DZH318Z0BQ36","skuId":"004G"}],\
            "inventoryContext":{"customerId":"d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d",\
            "azureSubscriptionId":"aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e","armRegionName":"eastus2"}}""";

    static final String INVENTORY_RESPONSE = """
            [{"productId":"DZH318Z0BQ36","skuId":"004G","isRestricted":true,"restrictions":[{"reasonCode":"NotAvailableForSubscription",\
            "description":"Standard_NV12 is not available in eastus2 for this subscription.",\
            "properties":{"type":"Location","values":"eastus2"}}]}]""";

    static final String MISSING_COUNTRY = """
            {"type":"urn:partner-commerce:problem:invalid-request","title":"The request is invalid","status":400,\
            "detail":"The query parameter 'country' is required: an ISO 3166-1 alpha-2 code such as US.",\
            "instance":"/v1/products","code":"3000","correlationId":"0c5e8f2a-1d64-4a5e-9a43-8f1b2a3c4d5e",\
            "errors":[{"field":"country","code":"3000","reason":"The query parameter 'country' is required: an ISO 3166-1 alpha-2 code such as US."}]}""";

    static final String UNKNOWN_PRODUCT = """
            {"type":"urn:partner-commerce:problem:not-found","title":"Not found","status":404,\
            "detail":"Product with id NOPE not found.","instance":"/v1/products/NOPE","code":"400013",\
            "correlationId":"0c5e8f2a-1d64-4a5e-9a43-8f1b2a3c4d5e"}""";

    private CatalogExamples() {
    }
}
