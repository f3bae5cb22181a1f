package org.partnercommerce.domain.invoice;

import java.util.Arrays;
import java.util.Locale;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * Which of an invoice's line items: the billing provider ({@code onetime} — new commerce, Azure
 * plan, reservations, software, SaaS — or the legacy {@code office} and {@code azure}) and the line
 * item type ({@code billinglineitems}). Written as Partner Center's query takes them:
 * {@code provider=one_time} is refused there, so it is refused here too.
 */
public record LineItemSource(Provider provider, String lineItemType) {

    public static final String BILLING_LINE_ITEMS = "billinglineitems";
    public static final LineItemSource ONE_TIME_BILLING = new LineItemSource(Provider.ONETIME, BILLING_LINE_ITEMS);

    /** A billing provider, as Partner Center's query names it. */
    public enum Provider {
        ONETIME, OFFICE, AZURE;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Provider parse(String text) {
            return Arrays.stream(values()).filter(provider -> provider.value().equalsIgnoreCase(text == null ? "" : text.trim()))
                    .findFirst().orElseThrow(() -> new InvalidValue("provider", "'" + text + "' is not a billing provider: onetime, "
                            + "office or azure (one_time is not Partner Center's spelling here)."));
        }
    }

    public LineItemSource {
        if (!BILLING_LINE_ITEMS.equalsIgnoreCase(lineItemType)) {
            throw new InvalidValue("invoicelineitemtype", "'" + lineItemType + "' is not a line item type this service reads: "
                    + BILLING_LINE_ITEMS + ".");
        }
        lineItemType = BILLING_LINE_ITEMS;
    }

    public static LineItemSource of(String provider, String lineItemType) {
        return new LineItemSource(Provider.parse(provider), lineItemType);
    }
}
