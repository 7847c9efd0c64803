package org.coordina.accounts.internal.web;

import org.coordina.accounts.internal.ApiKey;
import org.coordina.accounts.internal.IssuedApiKey;
import org.coordina.accounts.internal.NewAccount;
import org.coordina.accounts.internal.RoleAssignment;
import org.coordina.accounts.internal.UserAccount;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps the accounts API's requests to domain values, and accounts and keys to what the API shows of them. */
@Mapper
interface AccountMapper {

    NewAccount toNewAccount(CreateUserRequest request);

    RoleAssignment toAssignment(ChangeRoleRequest request);

    UserView toView(UserAccount account);

    @Mapping(target = "prefix", source = "keyPrefix")
    ApiKeyView toView(ApiKey key);

    @Mapping(target = "id", source = "key.id")
    @Mapping(target = "name", source = "key.name")
    @Mapping(target = "prefix", source = "key.keyPrefix")
    @Mapping(target = "createdAt", source = "key.createdAt")
    @Mapping(target = "key", source = "plainKey")
    IssuedApiKeyView toView(IssuedApiKey issued);
}
