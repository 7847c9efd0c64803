/**
 * What the accounts module tells the others: changes to what an account may do. Ids and usernames only.
 */
@NamedInterface("events")
package org.coordina.accounts.events;

import org.springframework.modulith.NamedInterface;
