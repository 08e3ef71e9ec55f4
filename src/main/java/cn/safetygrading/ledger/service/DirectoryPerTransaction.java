package cn.safetygrading.ledger.service;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The departments' {@link Departments.Directory} read once per transaction: a campaign deadline's batch routes
 * hundreds of cases in one transaction, each asking for its department. Safe on every node by construction: a
 * transaction reads the tables once and sees that one state to its end (as a repeatable read would); the next
 * transaction reads them afresh, so a change made by an administrator counts from the next transaction on. No
 * transaction changes departments or aliases after having read them (admin's {@code UnitService} does not read
 * them); one that would have to drop the bound directory first. Outside a transaction, every call reads.
 */
final class DirectoryPerTransaction {

    /** The key of the current transaction's directory among its resources. */
    private final Object key = new Object();

    Departments.Directory get(Supplier<Departments.Directory> read) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read.get();
        }
        Departments.Directory directory = (Departments.Directory) TransactionSynchronizationManager.getResource(key);
        if (directory == null) {
            directory = read.get();
            TransactionSynchronizationManager.bindResource(key, directory);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        return directory;
    }
}
