package id.jamsos.rentan.config;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Retry cycles of async steps as settings, used in BPMN as
 * {@code camunda:failedJobRetryTimeCycle="${retry.externalCall}"}: operations can lengthen them for a long
 * BPJS or bank outage without redeploying, tests can shorten them.
 */
@Component("retry")
public class RetryPolicy {
    private final String externalCall;
    private final String payment;

    /** The cycles of {@code jamsos.retry.*}. */
    @Autowired
    public RetryPolicy(RetrySettings settings) {
        this(settings.externalCall(), settings.payment());
    }

    /** These cycles, ISO 8601 repeat/interval such as {@code R5/PT1M} (process tests). */
    public RetryPolicy(String externalCall, String payment) {
        this.externalCall = externalCall;
        this.payment = payment;
    }

    /** Calls to BPJS and DTKS, and our own set-based steps. */
    public String getExternalCall() {
        return externalCall;
    }

    /** Bank transfers. */
    public String getPayment() {
        return payment;
    }
}
