package org.partnercommerce.domain.catalog;

/** A SKU that asks the partner to attest something before it is sold (e.g. {@code Windows365}). */
public record AttestationProperties(String attestationType, boolean enforceAttestation) {
}
