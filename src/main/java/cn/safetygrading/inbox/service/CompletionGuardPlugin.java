package cn.safetygrading.inbox.service;

import cn.safetygrading.base.i18n.Translations;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link CompletionGuard} into the engine's command chain, inside the command context (so
 * it reads the task and its variables in the command's own transaction), for commands that join a
 * transaction and those that open a new one.
 */
@Component
public class CompletionGuardPlugin extends AbstractProcessEnginePlugin {

    private final CompletionGuard guard;

    public CompletionGuardPlugin(FormRepository forms, Translations translations) {
        this.guard = new CompletionGuard(forms, translations);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostCommandInterceptorsTxRequired(
                with(configuration.getCustomPostCommandInterceptorsTxRequired()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
    }

    private List<CommandInterceptor> with(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
        all.add(guard);
        return all;
    }
}
