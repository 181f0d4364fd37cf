package io.clientportal.work;

import io.clientportal.kernel.Money;
import io.clientportal.kernel.Refused;

/**
 * What a person's hour costs the agency and what it bills by default. Only admins see or change these; new rates
 * apply to time approved from then on (approved time keeps the rates it was approved with).
 */
public record PersonRates(Money costRate, Money billableRate) {

    /** The rates of a person whom staff added and no admin has priced yet. */
    public static final PersonRates UNSET = new PersonRates(Money.ZERO, Money.ZERO);

    public PersonRates {
        if (costRate == null || costRate.isNegative()) {
            throw new Refused("costRate", "Enter a cost rate of zero or more.");
        }
        if (billableRate == null || billableRate.isNegative()) {
            throw new Refused("billableRate", "Enter a billable rate of zero or more.");
        }
    }
}
