package cn.safetygrading.base.health;

import cn.safetygrading.SafetyGradingApplication;
import cn.safetygrading.audit.domain.Door;
import cn.safetygrading.audit.service.AuditContext;
import cn.safetygrading.grading.domain.NewCampaign;
import cn.safetygrading.grading.service.CampaignService;
import cn.safetygrading.ledger.domain.ImportProgress;
import cn.safetygrading.ledger.service.LedgerImportRunner;
import cn.safetygrading.security.service.AccountService;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application's main for own-JVM tests that launch a campaign: the application as it runs, plus a
 * watcher that, when the test writes a region code into {@code <data dir>.launch}, launches a campaign
 * over that region as the administrator through {@link CampaignService#launch} (what the launch dialog
 * calls) and writes the campaign's id into {@code <data dir>.campaign}; when the test writes a region
 * code and a CSV file's path into {@code <data dir>.import}, it starts that ledger import through
 * {@link LedgerImportRunner#submit}, what the ledger page's upload calls. Nothing else differs.
 */
public final class LaunchHarness {

    private LaunchHarness() {}

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(SafetyGradingApplication.class, args);
        Path dataDir = Path.of(context.getEnvironment().getRequiredProperty("app.data-dir"));
        Path request = dataDir.resolveSibling(dataDir.getFileName() + ".launch");
        Path answer = dataDir.resolveSibling(dataDir.getFileName() + ".campaign");
        Thread watcher = new Thread(
                () -> {
                    try {
                        while (!Files.exists(request)) {
                            Thread.sleep(200);
                        }
                        String region = Files.readString(request).strip();
                        Files.delete(request);
                        Clock clock = context.getBean(Clock.class);
                        var admin = context.getBean(AccountService.class)
                                .find(context.getEnvironment().getRequiredProperty("app.admin.user"))
                                .orElseThrow();
                        OffsetDateTime now = OffsetDateTime.now(clock);
                        var campaign = AuditContext.runAs(
                                admin.userId(),
                                Door.UI,
                                () -> context.getBean(CampaignService.class)
                                        .launch(
                                                admin,
                                                new NewCampaign(
                                                        "停机测试",
                                                        region,
                                                        now.getYear(),
                                                        now.plusDays(30),
                                                        now.plusDays(45),
                                                        now.plusDays(60),
                                                        now.plusDays(90),
                                                        BigDecimal.ZERO,
                                                        "P7D")));
                        Files.writeString(answer, campaign.id());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        e.printStackTrace();
                    }
                },
                "launch-harness");
        watcher.setDaemon(true);
        watcher.start();
        Path importRequest = dataDir.resolveSibling(dataDir.getFileName() + ".import");
        Thread importer = new Thread(
                () -> {
                    try {
                        while (!Files.exists(importRequest)) {
                            Thread.sleep(200);
                        }
                        var lines = Files.readAllLines(importRequest);
                        Files.delete(importRequest);
                        Path upload = Files.createTempFile("ledger-upload-", ".csv");
                        Files.copy(Path.of(lines.get(1).strip()), upload, StandardCopyOption.REPLACE_EXISTING);
                        var admin = context.getBean(AccountService.class)
                                .find(context.getEnvironment().getRequiredProperty("app.admin.user"))
                                .orElseThrow();
                        context.getBean(LedgerImportRunner.class)
                                .submit(admin, upload, "big.csv", lines.get(0).strip(), new ImportProgress());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        e.printStackTrace();
                    }
                },
                "import-harness");
        importer.setDaemon(true);
        importer.start();
    }
}
