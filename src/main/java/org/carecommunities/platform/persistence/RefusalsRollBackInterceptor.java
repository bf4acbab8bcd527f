package org.carecommunities.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.RefusalsRollBack;
import org.carecommunities.platform.Refused;

/**
 * Runs inside the transaction that {@code @Transactional} begins (an application interceptor, after the platform's), around
 * every facade call: a {@link Refused} thrown in a call that answers an {@link Outcome} becomes that refused outcome;
 * and when the outermost facade call on the thread comes to a refusal, its transaction is marked for rollback, so
 * nothing it wrote before the refusal stays. A caller inside may still take a refusal from a facade it asks and go
 * on: only the outermost call's outcome decides.
 */
@RefusalsRollBack
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RefusalsRollBackInterceptor {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object around(InvocationContext call) throws Exception {
        int[] depth = DEPTH.get();
        boolean outermost = depth[0] == 0;
        depth[0]++;
        Object result;
        try {
            try {
                result = call.proceed();
            } catch (Refused refused) {
                if (!Outcome.class.isAssignableFrom(call.getMethod().getReturnType())) {
                    throw refused;
                }
                result = Outcome.refused(refused.refusal());
            }
            if (outermost && result instanceof Outcome<?> outcome && outcome.refusal() != null
                    && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                transactions.setRollbackOnly();
            }
            return result;
        } catch (Refused refused) {
            if (outermost && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                transactions.setRollbackOnly();
            }
            throw refused;
        } finally {
            depth[0]--;
            if (outermost) {
                DEPTH.remove();
            }
        }
    }
}
