package cn.safetygrading.base.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/** Puts the {@link TaskRaceInterceptor} before the engine's transaction, for every door. */
@Component
public class TaskRacePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskRaceInterceptor interceptor = new TaskRaceInterceptor(configuration);
        configuration.setCustomPreCommandInterceptorsTxRequired(
                with(configuration.getCustomPreCommandInterceptorsTxRequired(), interceptor));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(with(
                configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new TaskRaceInterceptor(configuration)));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors, CommandInterceptor added) {
        List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
        all.add(added);
        return all;
    }
}
