package org.partnercommerce.emulator.http;

/** Answers one request. Handlers throw exceptions for failures; a {@link FailureMapper} turns them into responses. */
@FunctionalInterface
public interface Handler {

    Response handle(Request request);
}
