package cn.safetygrading;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 安全生产分类分级监管平台: enterprise work-safety classification and graded supervision. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SafetyGradingApplication {

    public static void main(String[] args) {
        SpringApplication.run(SafetyGradingApplication.class, args);
    }
}
