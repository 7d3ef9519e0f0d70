package id.jamsos.rentan.region;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
public class RegionRepository {
    private static final RowMapper<Region> MAPPER = (rs, i) -> new Region(rs.getString("code"), rs.getString("name"),
            RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code"));

    private final JdbcTemplate jdbc;

    public RegionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(String code) {
        return jdbc.query("select * from region where code = ?", MAPPER, code).stream().findFirst();
    }

    public List<Region> children(String parentCode) {
        return jdbc.query("select * from region where parent_code = ? order by code", MAPPER, parentCode);
    }

    public List<Region> byLevel(RegionLevel level) {
        return jdbc.query("select * from region where level = ? order by code", MAPPER, level.name());
    }

    /** All regions whose code starts with the prefix (a regency's kecamatan and villages). */
    public List<Region> within(String codePrefix) {
        return jdbc.query("select * from region where code like ? order by code", MAPPER, codePrefix + "%");
    }

    public Map<String, Region> findAll(Collection<String> codes) {
        Map<String, Region> result = new HashMap<>();
        if (codes.isEmpty()) {
            return result;
        }
        String in = String.join(",", codes.stream().map(c -> "?").toList());
        jdbc.query("select * from region where code in (" + in + ")", MAPPER, codes.toArray())
                .forEach(r -> result.put(r.code(), r));
        return result;
    }

    public void insert(Region r) {
        jdbc.update("insert into region (code, name, level, parent_code, updated_at) values (?,?,?,?,?)",
                r.code(), r.name(), r.level().name(), r.parentCode(), Timestamp.from(Instant.now()));
    }

    public void rename(String code, String name) {
        jdbc.update("update region set name = ?, updated_at = ? where code = ?", name, Timestamp.from(Instant.now()), code);
    }
}
