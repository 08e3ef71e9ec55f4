package cn.safetygrading.base.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Our {@code Task.xml} is Camunda 7.24.0's with exactly three changes (the authorization join taken out, the where
 * clause asking {@code grantedTask} instead when revokes are not checked, the two fragments added), and the
 * engine's mappings read it instead of Camunda's. A Camunda whose file differs fails here, not in production.
 */
class TaskQueryMappingTest {

    @Test
    void ourTaskMappingIsCamundasWithOnlyTheGrantCheckChanged() {
        String stock = normalized(TaskQueryMapping.resource(TaskQueryMapping.STOCK));
        String ours = normalized(TaskQueryMapping.resource(TaskQueryMapping.OURS));

        String join = String.join(
                "\n",
                "    <if test=\"authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null\">",
                "      <if test=\"!authCheck.revokeAuthorizationCheckEnabled\">",
                "        <include refid=\"org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity"
                        + ".authCheckJoinWithoutOnClause\" />",
                "        AUTH ON (AUTH.RESOURCE_ID_ ${authJoinStart} RES.ID_ ${authJoinSeparator} D.KEY_"
                        + " ${authJoinSeparator} '*' ${authJoinEnd})",
                "      </if>",
                "    </if>\n");
        String check = "      <include refid=\"org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity"
                + ".contextualAuthorizationCheck\" />\n";
        assertThat(stock).containsOnlyOnce(join).containsOnlyOnce(check);
        assertThat(ours).doesNotContain(join).doesNotContain("AUTH ON");

        String grantedTask = ours.substring(
                ours.indexOf("  <!-- safety-grading: the authorization check"), ours.lastIndexOf("</mapper>"));
        int choiceStart = ours.indexOf("      <!-- safety-grading: grants without revokes");
        String choice = ours.substring(
                choiceStart, ours.indexOf("      </choose>\n", choiceStart) + "      </choose>\n".length());
        assertThat(choice)
                .contains("!authCheck.revokeAuthorizationCheckEnabled")
                .contains("TaskEntity.grantedTask")
                .contains(check.strip());
        String back = ours.replace(
                        "    <!-- safety-grading: no join on the user's grants here, see grantedTask -->\n", join)
                .replace(choice, check)
                .replace(grantedTask, "");
        assertThat(back).isEqualTo(stock);
        assertThat(grantedTask)
                .contains("A.RESOURCE_ID_ = RES.ID_")
                .contains("A.RESOURCE_ID_ = D.KEY_")
                .contains("A.RESOURCE_ID_ = '*'")
                .contains("AuthorizationEntity.atomicChecksOnResourceTypeAndPerms");
    }

    @Test
    void theEngineReadsOurTaskMapping() {
        String mappings = TaskQueryMapping.mappings();
        assertThat(mappings)
                .contains("resource=\"" + TaskQueryMapping.OURS + "\"")
                .doesNotContain("resource=\"" + TaskQueryMapping.STOCK + "\"")
                .contains("resource=\"org/camunda/bpm/engine/impl/mapping/entity/Authorization.xml\"");
    }

    private static String normalized(String xml) {
        return xml.lines().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
    }
}
