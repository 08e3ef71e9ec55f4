package cn.safetygrading.process;

import java.lang.reflect.Field;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.community.process_test_coverage.core.model.Collector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Process test coverage (camunda-process-test-coverage) in the one shared test context. The engine records
 * which flow nodes and sequence flows each process test passes; the library's listener (registered by its jar)
 * writes {@code target/process-test-coverage/<test class>/report.html} and {@code report.json} after each
 * process test class, and {@link ProcessCoverageTest} joins them, per process, against the floors in
 * {@code process-coverage.properties}. Imported by {@link cn.safetygrading.IntegrationTest}, so the shared context
 * stays one.
 *
 * <p>Only the process tests are measured ({@link #PROCESS_TESTS}): every other test runs on the same engine,
 * so between process test classes the engine's coverage listeners record into a collector that drops
 * everything ({@link CoverageGuard}) — no events of other tests pile up, and none of their threads write
 * into a report's lists.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessCoverage {

    /**
     * The test classes whose runs count: the process tests (PatternMatchUtils patterns on the class name); the
     * floors in {@code process-coverage.properties} are measured on them.
     */
    static final String[] PROCESS_TESTS = {"*ProcessTest"};

    /** Records nothing: the engine's coverage listeners write here whenever no process test class runs. */
    static final Collector DISCARD = event -> {};

    @Bean
    static AbstractCamundaConfiguration processCoverageListeners() {
        return new AbstractCamundaConfiguration() {
            @Override
            public void preInit(SpringProcessEngineConfiguration configuration) {
                ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
                discard(configuration);
                recordAsTheEngine(configuration);
            }
        };
    }

    @Bean
    static ProcessEngineCoverageProperties processCoverageProperties() {
        ProcessEngineCoverageProperties.Builder builder =
                ProcessEngineCoverageProperties.builder().handleTestMethodCoverage(false);
        for (String pattern : PROCESS_TESTS) {
            builder.addInclusionPatternForTestClasses(pattern);
        }
        return builder.build();
    }

    /**
     * Points the engine's coverage listeners at {@link #DISCARD}. (The library's compensation handler keeps the
     * last test class's collector: no process of ours compensates.)
     */
    static void discard(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPostBPMNParseListeners().stream()
                .filter(ElementCoverageParseListener.class::isInstance)
                .forEach(l -> ((ElementCoverageParseListener) l).setCoverageState(DISCARD));
    }

    /**
     * Makes the library's execution listener record as the engine, not as the person whose command runs. On every
     * event it looks up the process key with {@code RepositoryService.getProcessDefinition}; that nested command
     * reuses the caller's command context, so over REST it checks READ on the process definition for the
     * logged-in user (a reviewer has none: 403 on completing a task). The wrapper lifts the checks of that
     * context for the listener only ({@link AsTheEngine}); the application's authorizations stay as they are.
     */
    static void recordAsTheEngine(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPostBPMNParseListeners().stream()
                .filter(ElementCoverageParseListener.class::isInstance)
                .forEach(l -> {
                    try {
                        ExecutionListener recording = (ExecutionListener) RECORDING.get(l);
                        if (!(recording instanceof AsTheEngine)) {
                            RECORDING.set(l, new AsTheEngine(recording));
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("camunda-process-test-coverage changed its parse listener", e);
                    }
                });
    }

    /** Runs the coverage listener with the authorization and tenant checks of the current command context off. */
    record AsTheEngine(ExecutionListener delegate) implements ExecutionListener {

        @Override
        public void notify(DelegateExecution execution) throws Exception {
            CommandContext context = Context.getCommandContext();
            if (context == null) {
                delegate.notify(execution);
                return;
            }
            boolean authorizationChecked = context.isAuthorizationCheckEnabled();
            boolean tenantChecked = context.isTenantCheckEnabled();
            context.setAuthorizationCheckEnabled(false);
            context.setTenantCheckEnabled(false);
            try {
                delegate.notify(execution);
            } finally {
                context.setAuthorizationCheckEnabled(authorizationChecked);
                context.setTenantCheckEnabled(tenantChecked);
            }
        }
    }

    /**
     * Keeps recording out of the tests' way. Before each test method it guards the collector the library's
     * listener installed for a process test class ({@link Guarded}); after each test class (after the library's
     * listener wrote its report: its order is the highest, so its afterTestClass runs first) it turns recording
     * off until the next process test class.
     */
    public static class CoverageGuard implements TestExecutionListener, Ordered {

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 1;
        }

        @Override
        public void beforeTestMethod(TestContext testContext) throws IllegalAccessException {
            for (ElementCoverageParseListener listener : listeners(testContext)) {
                Collector current = (Collector) STATE.get(listener);
                if (current != DISCARD && !(current instanceof Guarded)) {
                    listener.setCoverageState(new Guarded(current));
                }
            }
        }

        @Override
        public void afterTestClass(TestContext testContext) {
            listeners(testContext).forEach(l -> l.setCoverageState(DISCARD));
        }

        private static List<ElementCoverageParseListener> listeners(TestContext testContext) {
            if (!testContext.hasApplicationContext()) {
                return List.of();
            }
            return testContext.getApplicationContext().getBeansOfType(ProcessEngine.class).values().stream()
                    .map(ProcessEngine::getProcessEngineConfiguration)
                    .filter(ProcessEngineConfigurationImpl.class::isInstance)
                    .flatMap(c -> ((ProcessEngineConfigurationImpl) c).getCustomPostBPMNParseListeners().stream())
                    .filter(ElementCoverageParseListener.class::isInstance)
                    .map(ElementCoverageParseListener.class::cast)
                    .toList();
        }
    }

    /** The library keeps the collector in a private field with a setter only. */
    private static final Field STATE = field("coverageState");

    /** The library's one execution listener, added to every flow node and sequence flow at parse time. */
    private static final Field RECORDING = field("executionListener");

    private static Field field(String name) {
        try {
            Field field = ElementCoverageParseListener.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("camunda-process-test-coverage changed its parse listener", e);
        }
    }

    /** The library's collector, one event at a time: a test may drive the engine from several threads. */
    record Guarded(Collector delegate) implements Collector {

        @Override
        public synchronized void addEvent(Event event) {
            delegate.addEvent(event);
        }
    }
}
