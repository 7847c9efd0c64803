package org.coordina.accounts.internal;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps accounts and keys to what the API shows of them. */
@Mapper
interface AccountViews {

    @Mapping(target = "commission", source = "commissionCode")
    UserView toView(UserAccount account);

    @Mapping(target = "prefix", source = "keyPrefix")
    ApiKeyView toView(ApiKey key);

    @Mapping(target = "id", source = "key.id")
    @Mapping(target = "name", source = "key.name")
    @Mapping(target = "prefix", source = "key.keyPrefix")
    @Mapping(target = "createdAt", source = "key.createdAt")
    @Mapping(target = "key", source = "secret.value")
    IssuedApiKeyView toView(IssuedApiKey issued);
}
