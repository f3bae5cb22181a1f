package org.partnercommerce.adapter.in.rest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.in.rest.catalog.InventoryCheckRequest;

class JsonIsReadAsPartnerCenterReadsItTest {

    private final ObjectMapper json = configured();

    @Test
    void pascalCaseNamesAndCommentsAreRead() throws Exception {
        InventoryCheckRequest request = json.readValue("""
                { /* as in Microsoft's examples */
                  "TargetItems": [ { "ProductId": "DZH318Z0BQ36", "SkuId": "004G" } ],
                  "InventoryContext": { "armRegionName": "eastus2" } }""", InventoryCheckRequest.class);

        assertThat(request.targetItems()).containsExactly(new InventoryCheckRequest.TargetItem("DZH318Z0BQ36", "004G"));
        assertThat(request.inventoryContext()).containsEntry("armRegionName", "eastus2");
    }

    @Test
    void aStringWhereAListBelongsIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"targetItems\": \"DZH318Z0BQ36\"}", InventoryCheckRequest.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void aNumberWhereAnObjectBelongsIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"targetItems\": [42]}", InventoryCheckRequest.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void trailingContentIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"targetItems\": []} {}", InventoryCheckRequest.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    private static ObjectMapper configured() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonConfiguration().customize(mapper);
        return mapper;
    }
}
