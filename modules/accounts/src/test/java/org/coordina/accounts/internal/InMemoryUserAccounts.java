package org.coordina.accounts.internal;

import org.coordina.testsupport.InMemoryRepository;
import java.util.Optional;

/** The user accounts in a map; the API-key lookup joins the keys of {@link InMemoryApiKeys}. */
class InMemoryUserAccounts extends InMemoryRepository<UserAccount> implements UserAccountRepository {

    private final InMemoryApiKeys apiKeys;

    InMemoryUserAccounts(InMemoryApiKeys apiKeys) {
        super(UserAccount.class);
        this.apiKeys = apiKeys;
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return where(account -> account.getUsername().equals(username)).stream().findFirst();
    }

    @Override
    public boolean existsByUsername(String username) {
        return findByUsername(username).isPresent();
    }

    @Override
    public Optional<UserAccount> findByActiveApiKeyHash(String keyHash) {
        return apiKeys.findActiveByHash(keyHash).flatMap(key -> findById(key.getUserId()));
    }
}
