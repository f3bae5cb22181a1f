package org.partnercommerce.emulator.billing;

import org.partnercommerce.emulator.wire.PartnerCenterFault;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The opaque {@code MS-ContinuationToken} of seek-paged line items: the Base64 (URL alphabet) of
 * the list it pages (an invoice and provider, or the unbilled lines of a currency and period), the
 * offset of the next page and a checksum of both. A token of another list, altered or made up is
 * refused with 400.
 */
public final class ContinuationTokens {

    public static final String HEADER = "MS-ContinuationToken";

    private ContinuationTokens() {
    }

    public static String of(String list, int offset) {
        String plain = list + "|" + offset + "|" + checksum(list, offset);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The offset the token carries for the list. */
    public static int offset(String token, String list) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            int checksumAt = plain.lastIndexOf('|');
            int offsetAt = plain.lastIndexOf('|', checksumAt - 1);
            if (offsetAt > 0 && plain.substring(0, offsetAt).equals(list)) {
                int offset = Integer.parseInt(plain.substring(offsetAt + 1, checksumAt));
                if (offset >= 0 && plain.substring(checksumAt + 1).equals(checksum(list, offset))) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException unreadable) {
            // refused below
        }
        throw PartnerCenterFault.invalidProperty(HEADER, "The continuation token is not one this list gave.");
    }

    private static String checksum(String list, int offset) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("partner-center-emulator-seek|" + list + "|" + offset).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
