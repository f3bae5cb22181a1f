package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * The headers a Partner Center client sends, honoured as Partner Center honours them: a retry with
 * the same {@code MS-RequestId} is the same request (a Partner Center SDK retrying a create cart
 * makes one cart), every answer carries an {@code MS-RequestId}, and {@code X-Locale} is taken and
 * answered back. A malformed one of either is a 400 problem naming the header.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class APartnerCenterClientsHeadersAreHonoured {

    private static final String CARTS = "/v1/customers/" + Seed.ALPINE_SKI_HOUSE + "/carts";

    @Inject
    AgroalDataSource database;

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @AfterEach
    void disarmFaults() {
        emulator.disarmAll();
    }

    @Test
    void aRetriedCreateCartWithTheSameRequestIdMakesOneCart() {
        String requestId = UUID.randomUUID().toString();
        long cartsBefore = StoredRows.carts(database);

        Response first = createCart(requestId, Seed.licenceCart(3));
        assertThat(first.statusCode()).as("the first answer %s", first.asString()).isEqualTo(201);
        String tripwire = emulator.armCreateCartTripwire();
        Response retry = createCart(requestId, Seed.licenceCart(3));

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(Bodies.text(retry)).as("the retry's body, byte for byte").isEqualTo(Bodies.text(first));
        assertThat(emulator.timesFired(tripwire)).as("create-cart calls that reached Partner Center on the retry").isZero();
        assertThat(StoredRows.carts(database)).as("carts kept").isEqualTo(cartsBefore + 1);
        assertThat(retry.header("MS-RequestId")).isEqualTo(requestId);
    }

    @Test
    void theSameRequestIdWithAnotherBodyIsRefusedAndDoesNothing() {
        String requestId = UUID.randomUUID().toString();
        createCart(requestId, Seed.licenceCart(1)).then().statusCode(201);
        long cartsBefore = StoredRows.carts(database);

        Problems.assertProblem(createCart(requestId, Seed.licenceCart(2)), 422, "idempotency-key-reused");
        assertThat(StoredRows.carts(database)).as("carts kept").isEqualTo(cartsBefore);
    }

    @Test
    void anIdempotencyKeyWinsOverTheRequestId() {
        String requestId = UUID.randomUUID().toString();
        String first = given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON)
                .header("MS-RequestId", requestId).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Seed.licenceCart(1)).post(CARTS).then().statusCode(201).extract().path("id");

        Response second = given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON)
                .header("MS-RequestId", requestId).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Seed.licenceCart(1)).post(CARTS);

        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isNull();
        assertThat(second.<String>path("id")).isNotEqualTo(first);
    }

    @Test
    void everyAnswerCarriesARequestIdTheCallersWhenItSentOne() {
        String requestId = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.partner()).header("MS-RequestId", requestId)
                .get("/v1/customers/{c}/orders", Seed.ALPINE_SKI_HOUSE)
                .then().statusCode(200).header("MS-RequestId", requestId);

        String assigned = given().auth().oauth2(Tokens.partner())
                .get("/v1/customers/{c}/orders", Seed.ALPINE_SKI_HOUSE)
                .then().statusCode(200).extract().header("MS-RequestId");
        assertThat(assigned).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

        given().header("MS-RequestId", requestId).get("/v1/customers/{c}/orders", Seed.ALPINE_SKI_HOUSE)
                .then().statusCode(401).header("MS-RequestId", requestId);
    }

    @Test
    void theCallersLocaleIsTakenAndAnsweredBack() {
        given().auth().oauth2(Tokens.partner()).header("X-Locale", "fr-FR").queryParam("country", "US")
                .get("/v1/products/{p}", "CFQ7TTC0LF8S")
                .then().statusCode(200).header("X-Locale", "fr-FR");
    }

    @Test
    void aMalformedRequestIdOrLocaleIsA400NamingTheHeaderAndDoesNothing() {
        long cartsBefore = StoredRows.carts(database);

        Response badRequestId = given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON)
                .header("MS-RequestId", "retry-1").body(Seed.licenceCart(1)).post(CARTS);
        Response badLocale = given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON)
                .header("X-Locale", "fr_FR; drop table").body(Seed.licenceCart(1)).post(CARTS);

        Problems.assertProblem(badRequestId, 400, "invalid-request");
        assertThat(badRequestId.asString()).contains("MS-RequestId");
        Problems.assertProblem(badLocale, 400, "invalid-request");
        assertThat(badLocale.asString()).contains("X-Locale");
        assertThat(StoredRows.carts(database)).as("carts kept").isEqualTo(cartsBefore);
    }

    private static Response createCart(String requestId, String body) {
        return given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON).header("MS-RequestId", requestId)
                .body(body).post(CARTS);
    }
}
