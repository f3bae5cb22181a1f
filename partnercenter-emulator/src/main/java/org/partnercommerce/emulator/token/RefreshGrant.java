package org.partnercommerce.emulator.token;

/** What a refresh token stands for: consent given by a user to a client. */
public record RefreshGrant(String clientId, String userPrincipalName) {
}
