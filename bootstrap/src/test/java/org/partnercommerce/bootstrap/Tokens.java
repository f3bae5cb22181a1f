package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;

import java.net.URI;

/** Access tokens for our API, fetched from the emulator's token endpoint as a client would. */
final class Tokens {

    static final String PARTNER_COMMERCE_SCOPE = "partner-commerce/.default";

    private Tokens() {
    }

    static String partner() {
        return fetch("demo-partner", "demo-partner-secret", PARTNER_COMMERCE_SCOPE);
    }

    static String reseller() {
        return fetch("demo-reseller-5357564", "demo-reseller-secret", PARTNER_COMMERCE_SCOPE);
    }

    static String reader() {
        return fetch("demo-reader", "demo-reader-secret", PARTNER_COMMERCE_SCOPE);
    }

    static String fetch(String clientId, String secret, String scope) {
        return fetch(EmulatorResource.emulator().baseUri(), clientId, secret, scope);
    }

    static String fetch(URI emulator, String clientId, String secret, String scope) {
        return given().baseUri(emulator.toString())
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .formParam("scope", scope)
                .post("/" + EmulatorResource.TENANT + "/oauth2/v2.0/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
