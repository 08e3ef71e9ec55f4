package cn.safetygrading.base.ops;

import cn.safetygrading.security.domain.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The OpenAPI description of /api (springdoc: /v3/api-docs) and its page (/swagger-ui) are for
 * administrators: signed in through the login page (the session) or with Basic credentials; anyone
 * else gets 401 or 403, never a redirect into the description.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsSecurity {

    @Bean
    @Order(7)
    SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(
                        paths.matcher("/v3/api-docs"),
                        paths.matcher("/v3/api-docs/**"),
                        paths.matcher("/swagger-ui/**"),
                        paths.matcher("/swagger-ui.html")))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.ADMIN_NAME))
                .httpBasic(b -> {})
                .requestCache(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .build();
    }
}
