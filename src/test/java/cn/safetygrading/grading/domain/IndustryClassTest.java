package cn.safetygrading.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** GB/T 4754-2017 division (大类) → checklist class, as documented in docs/checklists.md. */
class IndustryClassTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        // division, what it is, class
        "01, 农业,                              GENERAL",
        "05, 农林牧渔专业及辅助性活动,            GENERAL",
        "06, 煤炭开采和洗选业,                   GENERAL",
        "07, 石油和天然气开采业,                 NON_COAL_MINE",
        "08, 黑色金属矿采选业,                   NON_COAL_MINE",
        "09, 有色金属矿采选业,                   NON_COAL_MINE",
        "10, 非金属矿采选业,                     NON_COAL_MINE",
        "11, 开采专业及辅助性活动,               NON_COAL_MINE",
        "12, 其他采矿业,                         NON_COAL_MINE",
        "13, 农副食品加工业（轻工）,             INDUSTRY_TRADE",
        "15, 酒、饮料和精制茶制造业（轻工）,      INDUSTRY_TRADE",
        "16, 烟草制品业（烟草）,                 INDUSTRY_TRADE",
        "17, 纺织业（纺织）,                     INDUSTRY_TRADE",
        "18, 纺织服装、服饰业（纺织）,           INDUSTRY_TRADE",
        "22, 造纸和纸制品业（轻工）,             INDUSTRY_TRADE",
        "24, 文教、工美、体育和娱乐用品制造业,    INDUSTRY_TRADE",
        "25, 石油、煤炭及其他燃料加工业,          HAZARDOUS_CHEMICALS",
        "26, 化学原料和化学制品制造业,            HAZARDOUS_CHEMICALS",
        "27, 医药制造业,                         INDUSTRY_TRADE",
        "28, 化学纤维制造业（纺织）,             INDUSTRY_TRADE",
        "29, 橡胶和塑料制品业（轻工）,           INDUSTRY_TRADE",
        "30, 非金属矿物制品业（建材）,           INDUSTRY_TRADE",
        "31, 黑色金属冶炼和压延加工业（冶金）,    INDUSTRY_TRADE",
        "32, 有色金属冶炼和压延加工业（有色）,    INDUSTRY_TRADE",
        "33, 金属制品业（机械）,                 INDUSTRY_TRADE",
        "34, 通用设备制造业（机械）,             INDUSTRY_TRADE",
        "37, 铁路、船舶、航空航天和其他运输设备,  INDUSTRY_TRADE",
        "40, 仪器仪表制造业（机械）,             INDUSTRY_TRADE",
        "43, 金属制品、机械和设备修理业,          INDUSTRY_TRADE",
        "44, 电力、热力生产和供应业,             GENERAL",
        "45, 燃气生产和供应业,                   GENERAL",
        "46, 水的生产和供应业,                   GENERAL",
        "47, 房屋建筑业,                         GENERAL",
        "48, 土木工程建筑业,                     GENERAL",
        "50, 建筑装饰、装修和其他建筑业,          GENERAL",
        "51, 批发业（商贸）,                     INDUSTRY_TRADE",
        "52, 零售业（商贸）,                     INDUSTRY_TRADE",
        "53, 铁路运输业,                         GENERAL",
        "54, 道路运输业,                         GENERAL",
        "55, 水上运输业,                         GENERAL",
        "58, 多式联运和运输代理业,               GENERAL",
        "59, 装卸搬运和仓储业（商贸）,           INDUSTRY_TRADE",
        "60, 邮政业,                             GENERAL",
        "61, 住宿业,                             GENERAL",
        "62, 餐饮业,                             GENERAL",
        "78, 公共设施管理业,                     GENERAL",
        "97, 国际组织,                           GENERAL",
    })
    void eachDivisionHasItsClass(String division, String name, IndustryClass expected) {
        assertThat(IndustryClass.ofDivision(division, false, false)).as(name).isEqualTo(expected);
        assertThat(IndustryClass.ofDivision(" " + division + " ", false, false)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"06", "09", "26", "47", "51", "52", "59", "97"})
    void fireworksWinsOverTheDivision(String division) {
        assertThat(IndustryClass.ofDivision(division, true, false)).isEqualTo(IndustryClass.FIREWORKS);
        assertThat(IndustryClass.ofDivision(division, true, true)).isEqualTo(IndustryClass.FIREWORKS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"27", "33", "51", "52", "59", "54"})
    void aHazardousChemicalsLicenceWinsOverTheDivision(String division) {
        assertThat(IndustryClass.ofDivision(division, false, true)).isEqualTo(IndustryClass.HAZARDOUS_CHEMICALS);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void anUnrecordedDivisionIsGeneral(String division) {
        assertThat(IndustryClass.ofDivision(division, false, false)).isEqualTo(IndustryClass.GENERAL);
        assertThat(IndustryClass.ofDivision(division, true, false)).isEqualTo(IndustryClass.FIREWORKS);
        assertThat(IndustryClass.ofDivision(division, false, true)).isEqualTo(IndustryClass.HAZARDOUS_CHEMICALS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "98", "99", "9", "123", "2672", "C26", "ab", "２６", "-1"})
    void anythingElseIsNotADivision(String division) {
        assertThatThrownBy(() -> IndustryClass.ofDivision(division, false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(division);
        assertThatThrownBy(() -> IndustryClass.ofDivision(division, true, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "general", "MINE", "INDUSTRY TRADE"})
    void onlyExactClassNamesParse(String value) {
        assertThatThrownBy(() -> IndustryClass.parse(value)).isInstanceOf(IllegalArgumentException.class);
    }
}
