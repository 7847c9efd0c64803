/**
 * What the accounts module tells the others: accounts opened and changes to what an account may do (never
 * externalized: they name people, and the opening carries an e-mail address).
 */
@NamedInterface("events")
package org.coordina.accounts.events;

import org.springframework.modulith.NamedInterface;
