package org.partnercommerce.emulator.token;

/** A user of the partner tenant (an admin agent) on whose behalf App+User tokens are issued. */
public record DirectoryUser(String objectId, String userPrincipalName, String displayName) {
}
