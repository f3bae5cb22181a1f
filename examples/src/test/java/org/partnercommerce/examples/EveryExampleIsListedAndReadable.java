package org.partnercommerce.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EveryExampleIsListedAndReadable {

    private static final Path FOLDER = Path.of("src", "main", "resources", "org", "partnercommerce", "examples", "partner-center");

    @Test
    void theListNamesExactlyTheFilesOfTheFolder() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")))
                    .containsExactlyInAnyOrderElementsOf(PartnerCenterExamples.FILE_NAMES);
        }
    }

    @Test
    void eachIsReadFromTheClassPathAsWritten() throws IOException {
        for (String name : PartnerCenterExamples.FILE_NAMES) {
            assertThat(PartnerCenterExamples.text(name)).as(name).isEqualTo(Files.readString(FOLDER.resolve(name)));
        }
    }

    @Test
    void theReadmeIsReadFromTheClassPathToo() throws IOException {
        assertThat(PartnerCenterExamples.readme()).isEqualTo(Files.readString(Path.of("README.md")));
    }

    @Test
    void theMixedCartRequestKeepsTheDocumentationsComments() {
        assertThat(PartnerCenterExamples.text("create-cart-mixed.request.json")).contains("/* Microsoft Azure Subscription */");
    }

    @Test
    void theRequestsAreTheFilesNamedAsRequests() {
        assertThat(PartnerCenterExamples.requests()).containsExactly(
                "create-cart-attestation-participants.request.json",
                "create-cart-mixed.request.json",
                "create-cart-new-commerce.request.json",
                "create-order-indirect-reseller.request.json");
    }

    @Test
    void anUnknownNameIsRefusedWithTheNamesThereAre() {
        assertThatThrownBy(() -> PartnerCenterExamples.text("create-cart.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("create-cart-mixed.request.json");
    }
}
