package org.partnercommerce.emulator.token;

import org.partnercommerce.emulator.wire.Json;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The identity side of the emulator, like an Entra tenant: confidential clients, users and
 * the refresh tokens given out. Seeded from {@code seed/identity.json}. Every redemption of a
 * refresh token adds a new one; older ones stay valid, as Entra's do.
 */
public final class Directory {

    private static final String SEED = "seed/identity.json";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, ConfidentialClient> clients;
    private final Map<String, DirectoryUser> users;
    private final Map<String, RefreshGrant> refreshTokens = new ConcurrentHashMap<>();
    private volatile Runnable onChange = () -> {
    };

    private Directory(List<ConfidentialClient> clients, List<DirectoryUser> users) {
        this.clients = clients.stream().collect(Collectors.toUnmodifiableMap(ConfidentialClient::clientId, Function.identity()));
        this.users = users.stream().collect(Collectors.toUnmodifiableMap(
                user -> user.userPrincipalName().toLowerCase(Locale.ROOT), Function.identity()));
    }

    public static Directory seeded() {
        Seed seed = Json.readResource(SEED, Seed.class);
        Directory directory = new Directory(seed.clients(), seed.users());
        for (Seed.RefreshToken token : seed.refreshTokens()) {
            if (directory.client(token.clientId()).isEmpty() || directory.user(token.userPrincipalName()).isEmpty()) {
                throw new IllegalStateException(SEED + ": refresh token for unknown client or user: " + token);
            }
            directory.refreshTokens.put(token.token(), new RefreshGrant(token.clientId(), token.userPrincipalName()));
        }
        return directory;
    }

    public Optional<ConfidentialClient> client(String clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    public Optional<DirectoryUser> user(String userPrincipalName) {
        return Optional.ofNullable(users.get(userPrincipalName.toLowerCase(Locale.ROOT)));
    }

    public Optional<RefreshGrant> refreshGrant(String refreshToken) {
        return Optional.ofNullable(refreshTokens.get(refreshToken));
    }

    /** A new opaque refresh token for the same grant. */
    public String issueRefreshToken(RefreshGrant grant) {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        String token = "0.emu." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        refreshTokens.put(token, grant);
        onChange.run();
        return token;
    }

    /** Every refresh token given out (seeded or issued), for the state file. */
    public Map<String, RefreshGrant> refreshTokens() {
        return Map.copyOf(refreshTokens);
    }

    /** Adds refresh tokens read from the state file. */
    public void restoreRefreshTokens(Map<String, RefreshGrant> stored) {
        refreshTokens.putAll(stored);
    }

    /** Told each time a refresh token is issued (the state file saves them). */
    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    record Seed(List<ConfidentialClient> clients, List<DirectoryUser> users, List<RefreshToken> refreshTokens) {

        record RefreshToken(String token, String clientId, String userPrincipalName) {
        }
    }
}
