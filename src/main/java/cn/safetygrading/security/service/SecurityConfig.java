package cn.safetygrading.security.service;

import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.ui.LoginView;
import cn.safetygrading.security.web.CrossSiteRequestFilter;
import cn.safetygrading.security.web.PasswordPolicyFilter;
import cn.safetygrading.security.web.RequestSizeLimitFilter;
import cn.safetygrading.security.web.RestAccessDeniedHandler;
import cn.safetygrading.security.web.RestAuthenticationEntryPoint;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.unit.DataSize;

/**
 * Who may call what (the doors of docs/architecture.md "Security model").
 * <ul>
 *   <li>{@code /engine-rest/**}: HTTP Basic sent pre-emptively (no challenge), officials and deployers
 *       only, cross-site requests refused, bodies capped; deployments only for group {@code deployer};
 *       Camunda's own authorizations then apply to the user and their groups.</li>
 *   <li>{@code /camunda/**}: Cockpit, Tasklist, Admin and Welcome for administrators only, signed in by
 *       the application's {@code /login} (container-based authentication); their own login is closed.</li>
 *   <li>{@code /api/**}: HTTP Basic as above, stateless; services check region and enterprise scope.</li>
 *   <li>{@code /webjars/**}, {@code /js/**}, {@code /css/**}: static scripts and styles, open to anyone.</li>
 *   <li>everything else: the Vaadin UI, form login at {@code /login} (CSRF token required), views by role.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {

    /** Vaadin (production bundle and dev mode) needs inline and eval'd scripts and inline styles. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                    + "connect-src 'self' ws: wss:; worker-src 'self' blob:; frame-src 'self'; frame-ancestors 'self'; "
                    + "object-src 'none'; base-uri 'self'; form-action 'self'";

    private static final String[] REST_ROLES = Stream.concat(
                    Arrays.stream(Role.values()).filter(Role::isOfficial).map(Role::name),
                    Stream.of(AccountService.DEPLOYER_ROLE))
            .toArray(String[]::new);

    private final DataSize engineRequestLimit;
    private final Duration signedInSessionTimeout;

    public SecurityConfig(
            @Value("${app.security.engine-request-limit:10MB}") DataSize engineRequestLimit,
            @Value("${app.security.signed-in-session-timeout:8h}") Duration signedInSessionTimeout) {
        this.engineRequestLimit = engineRequestLimit;
        this.signedInSessionTimeout = signedInSessionTimeout;
    }

    /**
     * Spring's publisher of authentication events, told that a {@link LoginThrottledException} is a lock:
     * an {@code AuthenticationFailureLockedEvent} for the audit log, from form login, {@code /api} and
     * {@code /engine-rest} alike (every ProviderManager of the chains uses this bean).
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        var publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(LoginThrottledException.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    /** Matches the whole path, whichever servlet (Jersey, Camunda webapps, Spring MVC, Vaadin) serves it. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher post(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern);
    }

    /** Basic credentials sent with the request, never asked for: no browser prompt, no cached credentials. */
    private static HttpSecurity restDoor(HttpSecurity http) throws Exception {
        var entryPoint = new RestAuthenticationEntryPoint();
        return http.httpBasic(b -> b.authenticationEntryPoint(entryPoint))
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(new RestAccessDeniedHandler()))
                .addFilterBefore(new CrossSiteRequestFilter(), BasicAuthenticationFilter.class)
                // stateless Basic authentication: no cookie, so nothing for CSRF to forge
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfig::commonHeaders);
    }

    private static void commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(f -> f.sameOrigin());
        // HSTS: Spring's default, written on secure requests only (TLS at the proxy, X-Forwarded-Proto: https)
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http, AccountService accounts) throws Exception {
        return restDoor(http.securityMatcher(path("/engine-rest/**")))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                post("/engine-rest/deployment/**"), post("/engine-rest/engine/*/deployment/**"))
                        .hasRole(AccountService.DEPLOYER_ROLE)
                        .anyRequest()
                        .hasAnyRole(REST_ROLES))
                .addFilterAfter(new RequestSizeLimitFilter(engineRequestLimit), AuthorizationFilter.class)
                .addFilterAfter(
                        new PasswordPolicyFilter(accounts::satisfiesPasswordPolicy), RequestSizeLimitFilter.class)
                .build();
    }

    /** Hands the Spring-authenticated user and their groups to the engine for its authorization checks. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestIdentityFilter() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addInitParameter(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setName("engine-rest-identity");
        registration.setOrder(1); // after Spring Security's chain (order -100)
        return registration;
    }

    /**
     * The Camunda webapps for administrators only: Spring Security decides (the application's session),
     * and Camunda's container-based authentication hands that user to the webapps, so their own login
     * endpoint is not needed and closed. Deployments through the webapps' engine API are closed too.
     */
    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappsChain(HttpSecurity http) throws Exception {
        var rest = new RestAuthenticationEntryPoint();
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                path("/camunda/api/admin/auth/user/*/login/**"),
                                post("/camunda/api/engine/engine/*/deployment/**"))
                        .denyAll()
                        .anyRequest()
                        .hasRole(Role.ADMIN_NAME))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(loginPage(), path("/camunda/app/**"))
                        .defaultAuthenticationEntryPointFor(rest, path("/camunda/**"))
                        .defaultAccessDeniedHandlerFor(new RestAccessDeniedHandler(), path("/camunda/**")))
                .addFilterAfter(new RequestSizeLimitFilter(engineRequestLimit), AuthorizationFilter.class)
                // the webapps carry their own CSRF protection (X-XSRF-TOKEN) and their own Content-Security-Policy
                .csrf(c -> c.disable())
                .headers(SecurityConfig::commonHeaders)
                .build();
    }

    private static LoginUrlAuthenticationEntryPoint loginPage() {
        var entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** Takes the Spring Security user into the webapps' session (after Spring's chain, before Camunda's own filters). */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappsIdentityFilter() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.addInitParameter("authentication-provider", WebappAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setName("camunda-webapps-identity");
        registration.setOrder(2);
        return registration;
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        return restDoor(http.securityMatcher(path("/api/**")))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        return restDoor(http.securityMatcher(path("/actuator/**")))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                path("/actuator/health"), path("/actuator/health/**"), path("/actuator/info"))
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.ADMIN_NAME))
                .build();
    }

    /** Error pages render for anyone, so a 401 or 403 from the API stays a 401 or 403 (no redirect to the login page). */
    @Bean
    @Order(5)
    SecurityFilterChain errorChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/error"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfig::commonHeaders)
                .build();
    }

    /**
     * The static files Spring serves beside Vaadin's bundle (ECharts from its webjar, our own
     * {@code /js/*.js} and {@code /css/*.css}): open source, the same for everyone, so anyone may fetch them, without a
     * session, and their cache headers are {@code StaticResourceCaching}'s.
     */
    @Bean
    @Order(6)
    SecurityFilterChain staticFilesChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/webjars/**"), path("/js/**"), path("/css/**")))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> commonHeaders(h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))))
                .build();
    }

    /**
     * The UI. Vaadin's configurer would exempt {@code /login} from CSRF (login CSRF): its CSRF setup is
     * replaced by ours, which exempts only Vaadin's internal requests (they carry Vaadin's own token).
     * The login form posts the page's {@code _csrf} token, as Vaadin's login component does.
     */
    @Bean
    @Order(10)
    SecurityFilterChain vaadinChain(HttpSecurity http, RequestUtil requestUtil) throws Exception {
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .csrf(c -> c.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest))
                // registered before Vaadin's own (which builds an absolute URL from the Host header); a matcher of its
                // own, as Vaadin's AnyRequestMatcher.INSTANCE would replace an entry under the same key
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(loginPage(), request -> true))
                .sessionManagement(
                        s -> s.sessionAuthenticationStrategy(new SignedInSessionStrategy(signedInSessionTimeout)))
                .headers(h -> commonHeaders(h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))))
                .build();
    }
}
