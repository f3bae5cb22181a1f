package org.partnercommerce.emulator.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code scope} of a v2 token request: one resource and a permission on it
 * ({@code <resource>/.default} or {@code <resource>/user_impersonation}). OpenID Connect scopes
 * ({@code openid}, {@code profile}, {@code email}, {@code offline_access}) are allowed beside it
 * and ignored.
 */
public record RequestedScope(Resource resource, Permission permission, String text) {

    private static final Set<String> OPENID_SCOPES = Set.of("openid", "profile", "email", "offline_access");

    public enum Resource {
        PARTNER_CENTER("https://api.partnercenter.microsoft.com", List.of("https://api.partnercenter.microsoft.com")),
        PARTNER_COMMERCE("partner-commerce", List.of("partner-commerce", "api://partner-commerce"));

        private final String audience;
        private final List<String> identifiers;

        Resource(String audience, List<String> identifiers) {
            this.audience = audience;
            this.identifiers = identifiers;
        }

        public String audience() {
            return audience;
        }

        static Resource identifiedBy(String identifier, String scope) {
            String wanted = identifier.endsWith("/") ? identifier.substring(0, identifier.length() - 1) : identifier;
            for (Resource resource : values()) {
                if (resource.identifiers.stream().anyMatch(known -> known.equalsIgnoreCase(wanted))) {
                    return resource;
                }
            }
            throw TokenRequestRejected.invalidScope(70011, "The provided value for the input parameter 'scope' is not valid. "
                    + "The scope '" + scope + "' is not valid: no resource '" + identifier + "' is known in this tenant.");
        }
    }

    public enum Permission {
        DEFAULT(".default"),
        USER_IMPERSONATION("user_impersonation");

        private final String suffix;

        Permission(String suffix) {
            this.suffix = suffix;
        }

        static Permission of(String suffix, String scope) {
            for (Permission permission : values()) {
                if (permission.suffix.equalsIgnoreCase(suffix)) {
                    return permission;
                }
            }
            throw TokenRequestRejected.invalidScope(70011, "The provided value for the input parameter 'scope' is not valid. "
                    + "The scope '" + scope + "' is not valid: permission '" + suffix + "' is not defined.");
        }
    }

    public static RequestedScope parse(String text) {
        if (text == null || text.isBlank()) {
            throw TokenRequestRejected.missingParameter("scope");
        }
        List<RequestedScope> resourceScopes = new ArrayList<>();
        for (String scope : text.trim().split("\\s+")) {
            if (OPENID_SCOPES.contains(scope.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int slash = scope.lastIndexOf('/');
            if (slash <= 0 || slash == scope.length() - 1) {
                throw TokenRequestRejected.invalidScope(70011, "The provided value for the input parameter 'scope' is not valid. "
                        + "The scope '" + scope + "' is not valid.");
            }
            resourceScopes.add(new RequestedScope(Resource.identifiedBy(scope.substring(0, slash), scope),
                    Permission.of(scope.substring(slash + 1), scope), scope));
        }
        if (resourceScopes.isEmpty()) {
            throw TokenRequestRejected.invalidScope(70011, "The provided value for the input parameter 'scope' is not valid. "
                    + "The scope '" + text.trim() + "' names no resource.");
        }
        if (resourceScopes.stream().map(RequestedScope::resource).distinct().count() > 1) {
            throw TokenRequestRejected.invalidScope(28000, "Provided value for the input parameter scope is not valid "
                    + "because it contains more than one resource. Scope " + text.trim() + " is not valid.");
        }
        return resourceScopes.getFirst();
    }
}
