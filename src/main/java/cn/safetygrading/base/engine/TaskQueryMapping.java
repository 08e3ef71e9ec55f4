package cn.safetygrading.base.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.core.io.ClassPathResource;

/**
 * The engine's MyBatis mappings with our {@code Task.xml} in place of Camunda's: the task query asks for the user's
 * grants with three {@code EXISTS} instead of joining them on {@code RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}, which
 * PostgreSQL can only run as a nested loop over every task and every grant (minutes for an official granted tens of
 * thousands of tasks). Same rows; the file's closing comment says why and what changed.
 */
public final class TaskQueryMapping {

    static final String STOCK = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";

    static final String OURS = "cn/safetygrading/base/engine/Task.xml";

    private TaskQueryMapping() {}

    /** Camunda's {@code mappings.xml} naming {@link #OURS} where it named {@link #STOCK}. */
    static String mappings() {
        String stock = resource(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
        String named = "resource=\"" + STOCK + "\"";
        int at = stock.indexOf(named);
        if (at < 0 || stock.indexOf(named, at + 1) >= 0) {
            throw new IllegalStateException("Camunda's " + ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE
                    + " does not name " + STOCK + " exactly once: is this still Camunda 7.24?");
        }
        return stock.replace(named, "resource=\"" + OURS + "\"");
    }

    static String resource(String name) {
        try {
            return new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The starter's engine configuration, reading {@link #mappings()}. */
    public static class EngineConfiguration extends SpringProcessEngineConfiguration {

        @Override
        protected InputStream getMyBatisXmlConfigurationSteam() {
            return new ByteArrayInputStream(mappings().getBytes(StandardCharsets.UTF_8));
        }
    }
}
