package com.example.shop.users;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Registers users, keeping usernames and (tag-less) e-mail addresses unique. */
public final class UserRegistry {

    /** A registered user. */
    public record User(long id, Username username, EmailAddress email, String firstName) {
    }

    private final PasswordPolicy policy;
    private final Map<String, User> byUsername = new HashMap<>();
    private final Map<String, User> byEmail = new HashMap<>();
    private long nextId = 1;

    public UserRegistry(PasswordPolicy policy) {
        this.policy = policy;
    }

    public User register(String username, String email, String password, String firstName) {
        Username u = Username.of(username);
        EmailAddress e = EmailAddress.parse(email);
        if (byUsername.containsKey(u.value())) {
            throw new IllegalStateException("username taken: " + u.value());
        }
        String emailKey = e.withoutTag().toString().toLowerCase(java.util.Locale.ROOT);
        if (byEmail.containsKey(emailKey)) {
            throw new IllegalStateException("e-mail already registered");
        }
        var violations = policy.violations(password, u.value());
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("weak password: " + String.join(", ", violations));
        }
        User user = new User(nextId++, u, e, firstName);
        byUsername.put(u.value(), user);
        byEmail.put(emailKey, user);
        return user;
    }

    public Optional<User> findByUsername(String username) {
        return Optional.ofNullable(byUsername.get(Username.normalise(username)));
    }

    public Optional<User> findByEmail(String email) {
        String key = EmailAddress.parse(email).withoutTag().toString().toLowerCase(java.util.Locale.ROOT);
        return Optional.ofNullable(byEmail.get(key));
    }

    public int size() {
        return byUsername.size();
    }
}
