package org.partnercommerce.adapter.out.partnercenter.http;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code Retry-After}: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
public final class RetryAfter {

    /** Partner Center's throttling text: "Rate limit is exceeded. Try again in 57 seconds." */
    private static final Pattern TRY_AGAIN_IN = Pattern.compile("(?i)try again in (\\d{1,9}) seconds?");

    private RetryAfter() {
    }

    /** The wait the header asks for (never negative), or null when there is no readable header. */
    public static Duration parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(value));
            } catch (NumberFormatException tooLong) {
                return null;
            }
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeException unreadable) {
            return null;
        }
    }

    /** The wait named in Partner Center's 429 message, or null. */
    public static Duration fromMessage(String message) {
        if (message == null) {
            return null;
        }
        Matcher matcher = TRY_AGAIN_IN.matcher(message);
        return matcher.find() ? Duration.ofSeconds(Long.parseLong(matcher.group(1))) : null;
    }
}
