package cn.safetygrading.security.service;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's share of the HTTP doors' protection: the platform's password policy (switched on with
 * {@code enable-password-policy} in application.yaml), users who may only read their own account, and
 * the {@link DeploymentGuard} against code in deployed processes. Picked up by the Camunda starter as a
 * plugin bean; engine settings proper stay in {@code EngineConfig}.
 */
@Component
public class EngineSecurityPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordPolicy(new PlatformPasswordPolicy());
        configuration.setResourceAuthorizationProvider(new SelfReadOnlyAuthorizationProvider());
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new DeploymentGuard());
    }
}
