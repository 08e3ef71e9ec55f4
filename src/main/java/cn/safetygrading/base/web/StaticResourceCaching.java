package cn.safetygrading.base.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How browsers may keep the static scripts and styles that Spring serves beside Vaadin's own bundle (which
 * Vaadin serves with its own cache headers). Without a {@code Cache-Control} of ours, Spring
 * Security's default {@code no-store} made every full page load fetch and compile ECharts again
 * (1 MB), which also kept the browser from using its compiled-code cache.
 * <ul>
 * <li>{@code /webjars/**}: the path names the library's version, so a year, immutable.</li>
 * <li>everything else Spring serves statically ({@code /js/**}, {@code /css/**}): kept, but revalidated on each use
 * ({@code spring.web.resources.cache.cachecontrol.no-cache}), so a new release is picked up at once
 * and an unchanged file costs a {@code 304}.</li>
 * </ul>
 * Registered before Spring Boot's own {@code /webjars/**} handler, which then steps aside.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StaticResourceCaching implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }
}
