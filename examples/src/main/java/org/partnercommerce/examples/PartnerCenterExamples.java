package org.partnercommerce.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Partner Center's documented requests and answers, kept in this repository as the documentation
 * writes them: comments, PascalCase property names, enum values in several spellings and the
 * documented ids. They are read from the class path, so a test finds them wherever the clone is.
 * What is odd about each one is in this module's README.
 */
public final class PartnerCenterExamples {

    /** Every example, by file name; {@code EveryExampleIsListed} holds this list against the folder. */
    public static final List<String> FILE_NAMES = List.of(
            "checkout-mixed.response.json",
            "checkout-new-commerce.order.json",
            "create-cart-attestation-participants.request.json",
            "create-cart-attestation-participants.response.json",
            "create-cart-mixed.request.json",
            "create-cart-mixed.response.json",
            "create-cart-new-commerce.request.json",
            "create-cart-new-commerce.response.json",
            "create-order-indirect-reseller.request.json",
            "create-order-indirect-reseller.response.json",
            "get-order-provisioning-status.response.json");

    static final String FOLDER = "partner-center/";

    private PartnerCenterExamples() {
    }

    /** The example's text, exactly as written. */
    public static String text(String fileName) {
        if (!FILE_NAMES.contains(fileName)) {
            throw new IllegalArgumentException("There is no Partner Center example " + fileName + "; there are " + FILE_NAMES);
        }
        return resource(fileName);
    }

    /** This module's README: what is odd about each example, and the customer each request was sent to. */
    public static String readme() {
        return resource("README.md");
    }

    private static String resource(String fileName) {
        try (InputStream in = PartnerCenterExamples.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException(fileName + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The requests among the examples ({@code *.request.json}), in file name order. */
    public static List<String> requests() {
        return FILE_NAMES.stream().filter(name -> name.endsWith(".request.json")).toList();
    }
}
