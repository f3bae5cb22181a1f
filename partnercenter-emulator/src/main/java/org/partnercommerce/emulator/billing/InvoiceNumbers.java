package org.partnercommerce.emulator.billing;

import java.util.Locale;

/** Invoice ids as Partner Center gives them to new-commerce invoices: {@code G} and nine digits, sequential. */
public final class InvoiceNumbers {

    private InvoiceNumbers() {
    }

    public static String id(long number) {
        return String.format(Locale.ROOT, "G%09d", number);
    }

    /** The number of an id, or -1 when it is not one. */
    public static long number(String id) {
        if (id == null || id.length() < 2 || Character.toUpperCase(id.charAt(0)) != 'G') {
            return -1;
        }
        try {
            return Long.parseLong(id.substring(1));
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
