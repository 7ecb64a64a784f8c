/**
 * The judging part of the suite: {@link dev.krakenmock.contract.conformance.ContractChecks} sends
 * queries to a target and says where its answers, and its introspected schema, depart from the
 * contract. A departure names its path ({@code data.account.balance}, {@code errors[0].extensions},
 * {@code Query.account(accountNumber:)}); a response with documented errors only conforms but is
 * not exercised.
 */
@NullMarked
package dev.krakenmock.contract.conformance;

import org.jspecify.annotations.NullMarked;
