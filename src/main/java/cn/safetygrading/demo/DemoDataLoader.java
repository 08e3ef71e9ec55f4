package cn.safetygrading.demo;

import static cn.safetygrading.ledger.domain.EnterpriseClass.I;
import static cn.safetygrading.ledger.domain.EnterpriseClass.II;
import static cn.safetygrading.ledger.domain.Grade.A;
import static cn.safetygrading.ledger.domain.Grade.B;
import static cn.safetygrading.ledger.domain.Grade.C;
import static cn.safetygrading.ledger.domain.Grade.D;

import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.EnterpriseClass;
import cn.safetygrading.ledger.domain.Grade;
import cn.safetygrading.ledger.domain.RiskFeature;
import cn.safetygrading.ledger.domain.RiskRemarks;
import cn.safetygrading.ledger.domain.Uscc;
import cn.safetygrading.ledger.service.EnterpriseRegistry;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.service.SupervisionGridService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo of contract.md, loaded on the {@code demo} profile only (part of the embedded default)
 * and idempotently: a restart adds nothing twice. Every demo account has the password {@code demo}.
 */
@Component
@Profile("demo")
@Order(10)
public class DemoDataLoader implements ApplicationRunner {

    public static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** name, GB/T 4754 大类, class, prior grade (null: not graded yet), address, management level. */
    private record DemoEnterprise(
            String name,
            String industry,
            EnterpriseClass enterpriseClass,
            Grade grade,
            String address,
            String managementLevel) {}

    private static final String[][] DISTRICTS = {
        {"371002", "环翠区"}, {"371003", "文登区"}, {"371082", "荣成市"}, {"371083", "乳山市"}
    };

    private static final List<List<DemoEnterprise>> ENTERPRISES = List.of(
            List.of( // 环翠区
                    new DemoEnterprise("威海环翠海鑫食品有限公司", "13", II, B, "威海市环翠区古寨东路18号", "LOCAL"),
                    new DemoEnterprise("威海市环翠区精工机械有限公司", "34", II, A, "威海市环翠区张村镇沈阳路6号", "LOCAL"),
                    new DemoEnterprise("威海华宇化工有限公司", "26", I, C, "威海市环翠区羊亭镇化工路3号", "CITY"),
                    new DemoEnterprise("威海鲸园建设工程有限公司", "47", I, null, "威海市环翠区新威路55号", "COUNTY"),
                    new DemoEnterprise("威海顺达冷链物流有限公司", "59", I, B, "威海市环翠区嵩山路21号", "LOCAL"),
                    new DemoEnterprise("威海环翠纺织服装有限公司", "18", II, null, "威海市环翠区温泉镇工业园", "LOCAL"),
                    new DemoEnterprise("威海金海湾金属制品有限公司", "33", I, C, "威海市环翠区桥头镇渤海路9号", "COUNTY"),
                    new DemoEnterprise("威海环翠城市公交客运有限公司", "54", I, A, "威海市环翠区青岛北路120号", "CITY"),
                    new DemoEnterprise("威海市海韵木业有限公司", "20", I, null, "威海市环翠区孙家疃镇木业园8号", "LOCAL")),
            List.of( // 文登区
                    new DemoEnterprise("威海文登宏达石材有限公司", "30", II, C, "威海市文登区界石镇石材园", "LOCAL"),
                    new DemoEnterprise("威海文登昆嵛铸造有限公司", "33", I, B, "威海市文登区环山路66号", "COUNTY"),
                    new DemoEnterprise("威海文登天福食品有限公司", "13", II, A, "威海市文登区天福路12号", "LOCAL"),
                    new DemoEnterprise("威海文登金矿有限责任公司", "09", I, C, "威海市文登区葛家镇", "CITY"),
                    new DemoEnterprise("威海文登家纺有限公司", "17", II, null, "威海市文登区龙山路88号", "LOCAL"),
                    new DemoEnterprise("威海文登液化气储配有限公司", "45", I, D, "威海市文登区大水泊镇", "COUNTY"),
                    new DemoEnterprise("威海文登汽车零部件有限公司", "36", II, B, "威海市文登区经济开发区", "LOCAL"),
                    new DemoEnterprise("威海文登粮油贸易有限公司", "51", II, null, "威海市文登区米山镇", "LOCAL")),
            List.of( // 荣成市
                    new DemoEnterprise("荣成石岛海洋渔业冷藏有限公司", "13", I, B, "荣成市石岛管理区渔港路1号", "COUNTY"),
                    new DemoEnterprise("荣成船舶重工有限公司", "37", I, C, "荣成市俚岛镇造船路", "CITY"),
                    new DemoEnterprise("荣成华泰轮胎有限公司", "29", II, B, "荣成市崖头街道成山大道", "LOCAL"),
                    new DemoEnterprise("荣成海达水产品加工有限公司", "13", I, null, "荣成市人和镇", "LOCAL"),
                    new DemoEnterprise("荣成市港湾危险货物运输有限公司", "54", I, C, "荣成市港湾街道", "COUNTY"),
                    new DemoEnterprise("荣成宏远电子有限公司", "39", II, A, "荣成市经济开发区", "LOCAL"),
                    new DemoEnterprise("荣成石岛造纸有限公司", "22", II, null, "荣成市石岛管理区", "LOCAL"),
                    new DemoEnterprise("荣成鑫源面粉有限公司", "13", I, D, "荣成市上庄镇", "LOCAL")),
            List.of( // 乳山市
                    new DemoEnterprise("乳山金洲矿业有限公司", "09", I, B, "乳山市下初镇", "CITY"),
                    new DemoEnterprise("乳山银滩建筑安装工程有限公司", "48", I, null, "乳山市银滩旅游度假区", "COUNTY"),
                    new DemoEnterprise("乳山市华鑫塑料制品有限公司", "29", II, C, "乳山市城区街道", "LOCAL"),
                    new DemoEnterprise("乳山牡蛎食品有限公司", "13", II, B, "乳山市海阳所镇", "LOCAL"),
                    new DemoEnterprise("乳山宏利五金制品有限公司", "33", II, null, "乳山市夏村镇", "LOCAL"),
                    new DemoEnterprise("乳山市众诚仓储有限公司", "59", I, C, "乳山市经济开发区", "LOCAL"),
                    new DemoEnterprise("乳山海洋生物科技有限公司", "27", II, A, "乳山市乳山口镇", "LOCAL"),
                    new DemoEnterprise("乳山市大孤山纺织有限公司", "17", II, null, "乳山市大孤山镇", "LOCAL")));

    /**
     * 直接监管责任部门 stated in the demo ledger (as a district writes it: short forms); the others are left
     * to 任务分工. 涉氨制冷 cold stores are 工贸 enterprises the 应急管理局 supervises.
     */
    private static final Map<String, String> SUPERVISING = Map.of("威海顺达冷链物流有限公司", "环翠区应急局");

    private final AccountService accounts;
    private final EnterpriseRegistry registry;
    private final SupervisionGridService grid;
    private final Clock clock;

    public DemoDataLoader(
            AccountService accounts, EnterpriseRegistry registry, SupervisionGridService grid, Clock clock) {
        this.accounts = accounts;
        this.registry = registry;
        this.grid = grid;
        this.clock = clock;
    }

    /**
     * The demo enterprises with their (valid, check-digit-correct) USCCs, in load order. A class-Ⅰ
     * enterprise's 备注 names its risk features in the ledger's wording (from which the registry sets its
     * flags, and the enterprise-class decision agrees: DemoDataIT); departments are left to the reference
     * data of region and industry (任务分工), so 威海鲸园建设工程有限公司 (房屋建筑业, 区市级) is supervised by
     * 环翠区住房和城乡建设局, the 市级 ones by the city's departments (威海华宇化工有限公司: 威海市应急管理局,
     * 威海环翠城市公交客运有限公司: 威海市交通运输局), the {@code enterprise} account's company and
     * 威海顺达冷链物流有限公司 (stated as 环翠区应急局) by 环翠区应急管理局.
     */
    public static List<Enterprise> enterprises(OffsetDateTime now) {
        List<Enterprise> all = new ArrayList<>();
        int serial = 1;
        for (int d = 0; d < DISTRICTS.length; d++) {
            String region = DISTRICTS[d][0];
            for (DemoEnterprise e : ENTERPRISES.get(d)) {
                String uscc = Uscc.complete("91" + region + String.format("MA%07d", 3_100_000 + serial++));
                String remark = e.enterpriseClass() == I ? RiskRemarks.format(featuresFor(e.industry())) : null;
                all.add(new Enterprise(
                        uscc,
                        e.name(),
                        e.address(),
                        e.industry(),
                        region,
                        DISTRICTS[d][1],
                        e.enterpriseClass().code(),
                        e.grade() == null ? null : e.grade().code(),
                        e.managementLevel(),
                        null,
                        SUPERVISING.get(e.name()),
                        remark,
                        null,
                        "ACTIVE",
                        now,
                        now,
                        null));
            }
        }
        return all;
    }

    /** The enterprise the {@code enterprise} demo account is bound to (in 环翠区). */
    public static String demoEnterpriseUscc(OffsetDateTime now) {
        return enterprises(now).get(0).uscc();
    }

    /** The class-Ⅰ features of a demo enterprise, by its industry (GB/T 4754 大类). */
    private static EnumSet<RiskFeature> featuresFor(String industry) {
        return switch (industry) {
            case "09" -> EnumSet.of(RiskFeature.MINING);
            case "26", "45" -> EnumSet.of(RiskFeature.HAZARDOUS_GOODS);
            case "33" -> EnumSet.of(RiskFeature.METAL_SMELTING, RiskFeature.DUST_EXPLOSION);
            case "47", "48" -> EnumSet.of(RiskFeature.CONSTRUCTION);
            case "54" -> EnumSet.of(RiskFeature.TRANSPORT);
            case "59" -> EnumSet.of(RiskFeature.TRANSPORT, RiskFeature.AMMONIA_REFRIGERATION);
            case "13" -> EnumSet.of(RiskFeature.AMMONIA_REFRIGERATION);
            case "20" -> EnumSet.of(RiskFeature.DUST_EXPLOSION);
            case "37" -> EnumSet.of(RiskFeature.HEAVY_DANGEROUS_WORK);
            default -> EnumSet.of(RiskFeature.MANY_RISK_POINTS);
        };
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int added = 0;
        for (Enterprise e : enterprises(now)) {
            if (registry.registerIfAbsent(e, "demo", "演示数据")) {
                added++;
            }
        }
        account("demo", "系统管理员", Set.of(Role.ADMIN), null, null, null);
        account("manager", "王主任", Set.of(Role.MANAGER), "371000", "威海市应急管理局", null);
        account("reviewer", "李审核", Set.of(Role.REVIEWER), "371002", "环翠区应急管理局", null);
        account("expert", "张专家", Set.of(Role.EXPERT), "371000", "威海市安全生产专家组", null);
        // domain §11: the 初审 of a construction company goes to its 住建局, of a 市级 enterprise to the city
        account("builder", "赵建设", Set.of(Role.REVIEWER), "371002", "环翠区住房和城乡建设局", null);
        account("cityreviewer", "孙市审", Set.of(Role.REVIEWER), "371000", "威海市应急管理局", null);
        account("enterprise", "威海环翠海鑫食品有限公司", Set.of(Role.ENTERPRISE), null, null, demoEnterpriseUscc(now));
        // the 包保 grid of 环翠区 (seed 004): a 网格长 and a 安全专员 with phones, the 监督电话
        account("gridhead", "周网格", Set.of(Role.SUPERVISOR), "371002", "环翠区应急管理局", null);
        account("supervisor", "吴包保", Set.of(Role.SUPERVISOR), "371002", "环翠区应急管理局", null);
        // deploys over /engine-rest (Camunda Modeler); the only account that may
        accounts.createDeployer("deployer", "流程部署", PASSWORD, true);
        grid(now);
        if (added > 0) {
            log.info("demo data: {} enterprises added to the ledger of 威海市", added);
        }
    }

    /**
     * Once, on a fresh database: 环翠区's grid unit gets its 网格长 and a 安全专员 with phones and a 监督电话,
     * and the district's enterprises are assigned by the decision, so the grid page, the portal's 包保
     * contact and the public contact page have content. Later starts leave what managers changed.
     */
    private void grid(OffsetDateTime now) {
        Account manager = accounts.find("manager").orElseThrow();
        if (!grid.members(manager, "371002").isEmpty()) {
            return;
        }
        grid.addMember(manager, "gridhead", "371002", true, "0631-5230001");
        grid.addMember(manager, "supervisor", "371002", false, "0631-5230002");
        grid.setHotline(manager, "371002", "0631-5230000");
        SupervisionGridService.AssignmentResult result = grid.assign(manager, "371002");
        log.info("demo data: 环翠区 grid with {} enterprises assigned", result.assigned());
    }

    private void account(String userId, String name, Set<Role> roles, String region, String department, String uscc) {
        if (!accounts.exists(userId)) {
            // the well-known demo password does not satisfy the password policy: demo accounts only
            accounts.create(new NewAccount(userId, name, PASSWORD, roles, region, department, uscc), true);
        }
    }
}
