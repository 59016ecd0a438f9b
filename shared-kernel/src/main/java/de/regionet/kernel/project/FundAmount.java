package de.regionet.kernel.project;

import de.regionet.kernel.Euro;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.Require;

import java.util.HashSet;
import java.util.List;

/** What one fund pays towards a project. A project's grant is the sum of its fund amounts. */
public record FundAmount(Fund fund, Euro amount) {

    public FundAmount {
        Require.present(fund, "fund");
        Require.present(amount, "amount");
        if (!amount.isPositive()) {
            throw Rejection.invalid("funds", "a fund pays more than 0 € (" + fund + ")");
        }
    }

    /** The amounts, each fund at most once; {@code null} reads as none. */
    public static List<FundAmount> checked(List<FundAmount> funds) {
        if (funds == null) {
            return List.of();
        }
        var seen = new HashSet<Fund>();
        for (var share : funds) {
            Require.present(share, "funds");
            if (!seen.add(share.fund())) {
                throw Rejection.invalid("funds", "fund " + share.fund() + " is named twice");
            }
        }
        return List.copyOf(funds);
    }

    public static Euro total(List<FundAmount> funds) {
        return funds.stream().map(FundAmount::amount).reduce(Euro.ZERO, Euro::plus);
    }
}
