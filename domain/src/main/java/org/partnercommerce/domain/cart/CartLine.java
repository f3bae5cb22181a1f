package org.partnercommerce.domain.cart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.TermDuration;

/**
 * One line of a cart as the caller asks for it: what to buy ({@code product:sku:availability}
 * or a legacy offer id), how many, billed how and for how long, with its participants,
 * provisioning context, attestation, promotion and custom term end date. Its id is its
 * position in the cart (0..n-1). Whether it may be bought is decided against the catalog
 * by {@link CartDraft#validate}.
 *
 * @param termDuration        absent for the Azure plan and perpetual software
 * @param attestationAccepted needed when the SKU enforces an attestation
 */
public record CartLine(
        CatalogItemId catalogItemId,
        Quantity quantity,
        BillingCycle billingCycle,
        Optional<TermDuration> termDuration,
        Optional<String> friendlyName,
        Optional<CustomTermEndDate> customTermEndDate,
        Optional<PromotionId> promotionId,
        List<Participant> participants,
        ProvisioningContext provisioningContext,
        Optional<RenewsTo> renewsTo,
        boolean attestationAccepted) {

    public CartLine {
        Objects.requireNonNull(catalogItemId, "catalogItemId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(billingCycle, "billingCycle");
        termDuration = Objects.requireNonNullElse(termDuration, Optional.empty());
        friendlyName = Objects.requireNonNullElse(friendlyName, Optional.<String>empty()).filter(name -> !name.isBlank());
        customTermEndDate = Objects.requireNonNullElse(customTermEndDate, Optional.empty());
        promotionId = Objects.requireNonNullElse(promotionId, Optional.empty());
        participants = participants == null ? List.of() : List.copyOf(participants);
        provisioningContext = Objects.requireNonNullElse(provisioningContext, ProvisioningContext.empty());
        renewsTo = Objects.requireNonNullElse(renewsTo, Optional.empty());
    }

    /** A line with only what every line has; the {@code with...} methods add the rest. */
    public static CartLine of(CatalogItemId catalogItemId, int quantity, BillingCycle billingCycle) {
        return new CartLine(catalogItemId, Quantity.of(quantity), billingCycle, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), ProvisioningContext.empty(), Optional.empty(), false);
    }

    public CartLine withTermDuration(TermDuration termDuration) {
        return new CartLine(catalogItemId, quantity, billingCycle, Optional.ofNullable(termDuration), friendlyName,
                customTermEndDate, promotionId, participants, provisioningContext, renewsTo, attestationAccepted);
    }

    public CartLine withFriendlyName(String friendlyName) {
        return new CartLine(catalogItemId, quantity, billingCycle, termDuration, Optional.ofNullable(friendlyName),
                customTermEndDate, promotionId, participants, provisioningContext, renewsTo, attestationAccepted);
    }

    public CartLine withCustomTermEndDate(CustomTermEndDate customTermEndDate) {
        return new CartLine(catalogItemId, quantity, billingCycle, termDuration, friendlyName,
                Optional.ofNullable(customTermEndDate), promotionId, participants, provisioningContext, renewsTo,
                attestationAccepted);
    }

    public CartLine withPromotionId(PromotionId promotionId) {
        return new CartLine(catalogItemId, quantity, billingCycle, termDuration, friendlyName, customTermEndDate,
                Optional.ofNullable(promotionId), participants, provisioningContext, renewsTo, attestationAccepted);
    }

    public CartLine withParticipants(List<Participant> participants) {
        return new CartLine(catalogItemId, quantity, billingCycle, termDuration, friendlyName, customTermEndDate,
                promotionId, participants, provisioningContext, renewsTo, attestationAccepted);
    }

    public CartLine withProvisioningContext(ProvisioningContext provisioningContext) {
        return new CartLine(catalogItemId, quantity, billingCycle, termDuration, friendlyName, customTermEndDate,
                promotionId, participants, provisioningContext, renewsTo, attestationAccepted);
    }

    public CartLine withRenewsTo(RenewsTo renewsTo) {
        return new CartLine(catalogItemId, quantity, billingCycle, termDuration, friendlyName, customTermEndDate,
                promotionId, participants, provisioningContext, Optional.ofNullable(renewsTo), attestationAccepted);
    }

    public CartLine withAttestationAccepted(boolean attestationAccepted) {
        return new CartLine(catalogItemId, quantity, billingCycle, termDuration, friendlyName, customTermEndDate,
                promotionId, participants, provisioningContext, renewsTo, attestationAccepted);
    }

    /** The values of the participants with this role, in the order sent. */
    public List<String> participantsWith(ParticipantRole role) {
        return participants.stream().filter(participant -> participant.role() == role).map(Participant::value).toList();
    }
}
