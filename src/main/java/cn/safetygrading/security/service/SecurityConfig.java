package cn.safetygrading.security.service;

import static org.springframework.security.config.Customizer.withDefaults;

import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Arrays;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what.
 * <ul>
 *   <li>{@code /engine-rest/**}: HTTP Basic, officials only; Camunda's own authorizations then apply
 *       to the authenticated user and their groups.</li>
 *   <li>{@code /camunda/**}: Cockpit, Tasklist and Admin do their own login against the same
 *       accounts; only {@code camunda-admin} members hold the application grants.</li>
 *   <li>{@code /api/**}: HTTP Basic, stateless; services check region and enterprise scope.</li>
 *   <li>{@code /webjars/**}, {@code /js/**}, {@code /css/**}: static scripts and styles, open to anyone.</li>
 *   <li>everything else: the Vaadin UI, form login at {@code /login}, CSRF on, views by role.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {

    private static final String[] OFFICIALS = Arrays.stream(Role.values())
            .filter(Role::isOfficial).map(Role::name).toArray(String[]::new);

    /** Matches the whole path, whichever servlet (Jersey, Camunda webapps, Spring MVC, Vaadin) serves it. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(OFFICIALS))
                .httpBasic(withDefaults())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Hands the Spring-authenticated user and their groups to the engine for its authorization checks. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestIdentityFilter() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setName("engine-rest-identity");
        registration.setOrder(1); // after Spring Security's chain (order -100)
        return registration;
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappsChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                // the webapps carry their own CSRF protection and session handling
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/api/**"))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(withDefaults())
                // stateless Basic authentication: no cookie, so nothing for CSRF to forge
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/actuator/**"))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**"), path("/actuator/info")).permitAll()
                        .anyRequest().hasRole(Role.ADMIN_NAME))
                .httpBasic(withDefaults())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
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
                .build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }
}
