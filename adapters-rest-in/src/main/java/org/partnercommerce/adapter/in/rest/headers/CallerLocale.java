package org.partnercommerce.adapter.in.rest.headers;

import java.util.Optional;
import java.util.regex.Pattern;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * The {@code X-Locale} a Partner Center client sends: the language and region it wants Partner
 * Center's texts in ({@code en-US}, {@code fr-FR}, ...). It is forwarded on this request's calls to
 * Partner Center — through the logging context, as the correlation id is — and echoed on the answer.
 */
public final class CallerLocale {

    public static final String HEADER = "X-Locale";
    /** The logging MDC key the Partner Center client reads the locale to send from. */
    public static final String MDC_KEY = "locale";

    /** A language tag as Partner Center's locales are written: a language, then a region or script. */
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");

    private CallerLocale() {
    }

    /** The caller's locale, if it sent one; a value that is not a language tag is refused. */
    public static Optional<String> from(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String locale = header.strip();
        if (!TAG.matcher(locale).matches()) {
            throw new InvalidValue(HEADER, "X-Locale is a language tag such as en-US or fr-FR.");
        }
        return Optional.of(locale);
    }
}
