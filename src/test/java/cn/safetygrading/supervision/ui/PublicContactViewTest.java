package cn.safetygrading.supervision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.service.SupervisionGridService;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** /notice/contact/<link>, no login: the 包保 contact sheet for the 公示栏, by its unguessable link only, never by USCC. */
class PublicContactViewTest extends UiTest {

    @Autowired
    AccountService accounts;

    @Autowired
    SupervisionGridService grid;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theContactSheetOpensWithoutLoginByItsLinkOnly() {
        String uscc = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());
        jdbc.update("delete from supervision_assignment where uscc = ?", uscc);
        jdbc.update(
                "insert into supervision_assignment (uscc, grid_level, region_code, supervisor, assigned_at) values (?, 'COUNTY', '371002', 'manager', now())",
                uscc);
        String token = grid.contactToken(accounts.find("manager").orElseThrow(), uscc);
        navigate("notice/contact/" + token);
        PublicContactView view = _get(PublicContactView.class);
        assertThat(view.sheet.getElement().getTextRecursively())
                .contains("安全生产包保督导公示牌")
                .contains("监督电话");
        navigate("notice/contact/" + uscc);
        assertThat(_get(PublicContactView.class).sheet.getElement().getTextRecursively())
                .contains("未找到");
        jdbc.update("delete from supervision_assignment where uscc = ?", uscc);
    }
}
