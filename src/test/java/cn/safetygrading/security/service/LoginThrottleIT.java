package cn.safetygrading.security.service;

import static cn.safetygrading.security.WebClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.security.WebClient;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;

/**
 * Failed logins slow down an address and an account for a while, never lock an account for good
 * (issue 12: ten spaced failures used to lock any account, administrators included, until unlocked).
 */
class LoginThrottleIT extends IntegrationTest {

    private static final String PASSWORD = "Throttle-test-2024";

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    AccountService accounts;

    @Autowired
    IdentityService identity;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    Clock applicationClock;

    private final List<AbstractAuthenticationFailureEvent> failures = new CopyOnWriteArrayList<>();
    private Instant now = Instant.parse("2030-01-01T00:00:00Z");

    @BeforeEach
    void fakeTime() {
        throttle.setClock(new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("Asia/Shanghai");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
        context.addApplicationListener((ApplicationListener<AbstractAuthenticationFailureEvent>) failures::add);
    }

    @AfterEach
    void realTime() {
        throttle.setClock(applicationClock);
    }

    private String official() {
        String id = "thr" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(id, "限流测试", PASSWORD, Set.of(Role.MANAGER), "371000", "测试", null));
        return id;
    }

    private HttpResponse<String> attempt(String user, String password, String address) {
        return new WebClient(port)
                .get("/api/enterprises?limit=1", "Authorization", basic(user, password), "X-Forwarded-For", address);
    }

    @Test
    void spacedFailuresNeverLockAnAccountForGood() {
        String user = official();
        for (int i = 0; i < 12; i++) {
            now = now.plus(Duration.ofMinutes(1));
            assertThat(attempt(user, "wrong-" + i, "198.51.100.7").statusCode()).isEqualTo(401);
        }
        // within the window even the right password is refused, with a message saying how long to wait
        HttpResponse<String> throttled = attempt(user, PASSWORD, "198.51.100.7");
        assertThat(throttled.statusCode()).isEqualTo(401);
        assertThat(throttled.body()).containsPattern("登录尝试过多，请 \\d+ 分钟后再试");
        assertThat(failures).anySatisfy(e -> assertThat(e).isInstanceOf(AuthenticationFailureLockedEvent.class));
        // after the window the account works again: the engine has not locked it either
        now = now.plus(Duration.ofMinutes(31));
        assertThat(attempt(user, PASSWORD, "198.51.100.7").statusCode()).isEqualTo(200);
        assertThat(identity.checkPassword(user, PASSWORD)).isTrue();
    }

    @Test
    void anotherAddressIsNotBlockedByTheFirstOnesFailures() {
        String user = official();
        for (int i = 0; i < 40; i++) {
            attempt("nobody" + i, "wrong", "198.51.100.8");
        }
        HttpResponse<String> blocked = attempt(user, PASSWORD, "198.51.100.8");
        assertThat(blocked.statusCode()).isEqualTo(401);
        assertThat(blocked.body()).contains("登录尝试过多");
        assertThat(attempt(user, PASSWORD, "198.51.100.9").statusCode()).isEqualTo(200);
    }

    @Test
    void formLoginReportsTheThrottle() {
        String user = official();
        for (int i = 0; i < 12; i++) {
            attempt(user, "wrong-" + i, "198.51.100.10");
        }
        WebClient browser = new WebClient(port);
        var login = browser.vaadinLogin(user, PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/login?");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }
}
