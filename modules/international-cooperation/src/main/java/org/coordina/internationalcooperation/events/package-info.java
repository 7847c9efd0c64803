/**
 * What international cooperation tells the others: partners registered, agreements signed, expiring and
 * expired, cooperation activities recorded (annual planning counts them as contributions), reporting
 * deadlines coming up, missed and met, legislative initiatives advancing. Ids, versions and the values a
 * consumer needs; never a person.
 */
@NamedInterface("events")
package org.coordina.internationalcooperation.events;

import org.springframework.modulith.NamedInterface;
