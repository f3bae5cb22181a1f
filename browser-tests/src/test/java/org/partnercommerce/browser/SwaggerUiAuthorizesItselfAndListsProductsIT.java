package org.partnercommerce.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A newcomer's first call, in the browser: Swagger UI of a running service in embedded mode
 * ({@code ./mvnw quarkus:dev}), Authorize with the client credentials it offers pre-filled, then
 * {@code GET /v1/products} tried out for the US. Swagger UI fetches the token from the emulator's
 * token endpoint, another origin, and calls the API with it; the answer shown must be 200 with
 * products. Nothing is faked: the service, the emulator, Swagger UI and Chromium are the real ones.
 *
 * <p>Needs {@code -Dpartnercommerce.base-url} (e.g. {@code http://localhost:8080}); without it, or
 * when nothing answers there, it fails. On failure a screenshot and the page's HTML go to
 * {@code target/browser-tests/}.
 */
class SwaggerUiAuthorizesItselfAndListsProductsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static String baseUrl;
    private static Path output;
    private static Path profile;
    private static ChromeDriver browser;

    @RegisterExtension
    static final AfterTestExecutionCallback EVIDENCE_OF_A_FAILURE = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            String name = context.getRequiredTestMethod().getName();
            Files.write(output.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            Files.writeString(output.resolve(name + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
        }
    };

    @BeforeAll
    static void openABrowserOnARunningService() throws IOException {
        baseUrl = System.getProperty("partnercommerce.base-url", "").strip().replaceAll("/+$", "");
        if (baseUrl.isEmpty()) {
            fail("Say where the service runs: -Dpartnercommerce.base-url=http://localhost:8080 (start it with ./mvnw quarkus:dev)");
        }
        assertAnswers(baseUrl + "/q/swagger-ui/");
        output = Files.createDirectories(Path.of(System.getProperty("browser-tests.output", "target/browser-tests")));
        profile = Files.createTempDirectory("browser-tests-chromium-");

        File chromedriver = existing("chromedriver.path", "/usr/bin/chromedriver");
        File chromium = existing("chromium.binary", "/usr/bin/chromium");
        // The driver's executable is named, so Selenium Manager is never asked to find or download one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .withLogFile(output.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1400,1400");
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeTheBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void authorizingWithThePrefilledClientCredentialsLetsTryItOutListTheProductsOfTheUs() {
        browser.get(baseUrl + "/q/swagger-ui/");
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);

        authorizeWithThePrefilledClientCredentials(wait);
        WebElement products = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(@class,'opblock-get')][.//span[contains(@class,'opblock-summary-path') and @data-path='/v1/products']]")));
        products.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(products.findElement(By.cssSelector(".try-out__btn")))).click();
        fill(products, "country", "US");
        fill(products, "targetView", "OnlineServices");
        products.findElement(By.cssSelector("button.execute")).click();

        WebElement response = wait.until(driver -> products.findElements(By.cssSelector(".live-responses-table tr.response")).stream()
                .findFirst().orElse(null));
        browser.executeScript("arguments[0].scrollIntoView()", response);
        String status = response.findElement(By.cssSelector(".response-col_status")).getText().strip();
        String body = wait.until(driver -> response.findElements(By.cssSelector(".response-col_description pre")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse(null));
        assertThat(status).as("the status Swagger UI shows; the body was: %s", body).startsWith("200");
        assertThat(body).contains("\"objectType\": \"Collection\"").contains("\"objectType\": \"Product\"");
        assertThat(body).doesNotContain("\"totalCount\": 0");
    }

    /** The Authorize dialog: client id and secret already there; Authorize; authorized (Logout offered); Close. */
    private static void authorizeWithThePrefilledClientCredentials(WebDriverWait wait) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".scheme-container .btn.authorize"))).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dialog-ux .modal-ux")));
        assertThat(dialog.findElement(By.cssSelector("input[data-name='clientId']")).getDomProperty("value"))
                .as("the client id Swagger UI offers").isNotBlank();
        assertThat(dialog.findElement(By.cssSelector("input[data-name='clientSecret']")).getDomProperty("value"))
                .as("the client secret Swagger UI offers").isNotBlank();
        dialog.findElement(By.cssSelector("button.modal-btn.auth.authorize")).click();
        wait.withMessage(() -> "Swagger UI did not get a token: " + errorsIn(dialog)).until(driver ->
                dialog.findElements(By.cssSelector("button.modal-btn.auth")).stream().anyMatch(button -> button.getText().contains("Logout")));
        dialog.findElement(By.cssSelector("button.btn-done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".dialog-ux .modal-ux")));
    }

    private static String errorsIn(WebElement dialog) {
        List<String> errors = dialog.findElements(By.cssSelector(".errors")).stream().map(WebElement::getText).toList();
        return errors.isEmpty() ? "no error shown in the dialog" : String.join("; ", errors);
    }

    private static void fill(WebElement operation, String parameter, String value) {
        WebElement input = operation.findElement(By.cssSelector("tr[data-param-name='" + parameter + "'] input"));
        input.clear();
        input.sendKeys(value);
    }

    private static File existing(String property, String fallback) {
        File file = new File(System.getProperty(property, fallback));
        if (!file.canExecute()) {
            fail("No executable " + file + " (" + property + "): install Debian's chromium and chromium-driver, or point " + property + " at them");
        }
        return file;
    }

    private static void assertAnswers(String url) {
        try {
            HttpResponse<Void> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 200) {
                fail(url + " answers " + answer.statusCode() + ": is the service running in dev mode (Swagger UI is not in production builds)?");
            }
        } catch (IOException unreachable) {
            fail("Nothing answers at " + url + " (" + unreachable + "): start the service with ./mvnw quarkus:dev, "
                    + "or point -Dpartnercommerce.base-url at it");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", interrupted));
        }
    }
}
