package cn.safetygrading.base.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * A {@code json}/{@code jsonb} column (or a {@code to_jsonb(row)} of a query) as a map of name → value:
 * JSON numbers with a fraction stay exact ({@link java.math.BigDecimal}), dates arrive as ISO text.
 * Name it on the result map's argument ({@code typeHandler="…JsonTypeHandler"}); a parameter is
 * written as JSON text the database casts.
 */
public class JsonTypeHandler extends BaseTypeHandler<Map<String, Object>> {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Map<String, Object> parameter, JdbcType jdbcType)
            throws SQLException {
        try {
            ps.setObject(i, JSON.writeValueAsString(parameter), Types.OTHER);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("parameter " + i + " is not JSON", e);
        }
    }

    @Override
    public Map<String, Object> getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return read(rs.getString(columnName));
    }

    @Override
    public Map<String, Object> getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return read(rs.getString(columnIndex));
    }

    @Override
    public Map<String, Object> getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return read(cs.getString(columnIndex));
    }

    private static Map<String, Object> read(String text) throws SQLException {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readValue(text, MAP);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("column is not a JSON object", e);
        }
    }
}
