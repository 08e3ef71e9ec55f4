package cn.safetygrading;

import cn.safetygrading.ledger.service.EnterpriseFileService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Test only: writes an enterprise-file event, then fails when the variable {@code fail} is true. */
@Component("txProbeDelegate")
public class TxProbeDelegate implements JavaDelegate {

    private final EnterpriseFileService file;

    public TxProbeDelegate(EnterpriseFileService file) {
        this.file = file;
    }

    @Override
    public void execute(DelegateExecution execution) {
        file.record(
                execution.getProcessBusinessKey(),
                "REGISTERED",
                "tx-probe",
                "transaction probe",
                null,
                "tx-probe:" + execution.getVariable("probeId"));
        if (Boolean.TRUE.equals(execution.getVariable("fail"))) {
            throw new IllegalStateException("probe failure after the write");
        }
    }
}
