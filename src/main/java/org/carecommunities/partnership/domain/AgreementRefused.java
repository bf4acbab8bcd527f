package org.carecommunities.partnership.domain;

import java.util.Map;

/**
 * What an agreement will not do, and why: a move its state does not allow, or a signature it cannot take
 * (conflicts); or text that is not complete enough (problems by field). Nothing is changed when it is thrown.
 */
public class AgreementRefused extends RuntimeException {

    private final transient Map<String, String> problems;

    public AgreementRefused(String message) {
        super(message);
        this.problems = Map.of();
    }

    public AgreementRefused(Map<String, String> problems) {
        super("The agreement is not complete: " + String.join("; ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    /** Field by field, when the text is incomplete; empty for a conflict. */
    public Map<String, String> problems() {
        return problems;
    }
}
