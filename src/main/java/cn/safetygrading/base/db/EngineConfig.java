package cn.safetygrading.base.db;

import cn.safetygrading.base.engine.CachingFeelEngine;
import cn.safetygrading.base.engine.TaskQueryMapping;
import cn.safetygrading.base.engine.TolerantDmnEngine;
import java.util.List;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine settings the starter has no property for. The engine shares the application's DataSource
 * and Spring transaction manager (the starter wires both), so a task completion and our own table
 * writes commit or roll back together.
 */
@Configuration(proxyBeanMethods = false)
public class EngineConfig {

    /**
     * The starter's engine configuration (it steps back when this bean exists), with our task query mapping
     * ({@link TaskQueryMapping}) and the starter's plugins as it adds them.
     */
    @Bean
    ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins) {
        SpringProcessEngineConfiguration configuration =
                CamundaSpringBootUtil.initCustomFields(new TaskQueryMapping.EngineConfiguration());
        configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
        return configuration;
    }

    @Bean
    AbstractProcessEnginePlugin deployChangedOnlyPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration instanceof SpringProcessEngineConfiguration spring) {
                    // processes/ and forms/ are redeployed on start only when a resource changed
                    spring.setDeployChangedOnly(true);
                }
                configuration.setJavaSerializationFormatEnabled(false);
                configuration.setDeserializationTypeValidationEnabled(true);
                configuration.setEnableExpressionsInAdhocQueries(false);
                configuration.setEnableExpressionsInStoredQueries(false);
                // a task's assignee and candidates may work it (claim, complete with its outputs), not
                // change its variables beside a completion; reading and writing variables of tasks and
                // instances needs the specific READ_VARIABLE / UPDATE_VARIABLE permissions
                // (administrators hold ALL). Our own services call the engine without an authenticated
                // user, so the engine checks nothing for them; /engine-rest and the webapps run as the user.
                configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
                configuration.setEnforceSpecificVariablePermission(true);
                // decisions: FEEL expressions parsed once, not on every evaluation
                // and a variable that cannot be read does not stop the case's decisions (TolerantDmnEngine)
                DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                        ? configuration.getDmnEngineConfiguration()
                        : TolerantDmnEngine.configuration();
                dmn.setFeelEngineFactory(CachingFeelEngine.factory());
                configuration.setDmnEngineConfiguration(dmn);
            }
        };
    }
}
