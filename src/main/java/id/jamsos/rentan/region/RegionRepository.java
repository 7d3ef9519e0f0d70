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
            RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code"), rs.getTimestamp("retired_at") != null);
    /** Rows per JDBC batch of the national import (about 91,600 rows). */
    private static final int BATCH = 2000;

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

    /** The regions of these codes that exist, in chunks of 1,000 codes (PostgreSQL allows 32,767 parameters). */
    public Map<String, Region> findAll(Collection<String> codes) {
        Map<String, Region> result = new HashMap<>();
        List<String> list = List.copyOf(codes);
        for (int from = 0; from < list.size(); from += 1000) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + 1000));
            String in = String.join(",", chunk.stream().map(c -> "?").toList());
            jdbc.query("select * from region where code in (" + in + ")", MAPPER, chunk.toArray())
                    .forEach(r -> result.put(r.code(), r));
        }
        return result;
    }

    /** Every region, retired ones too (about 91,600 after a national import): code → region. */
    public Map<String, Region> all() {
        Map<String, Region> result = new HashMap<>();
        jdbc.query("select code, name, level, parent_code, retired_at from region",
                rs -> {
                    Region r = MAPPER.mapRow(rs, 0);
                    result.put(r.code(), r);
                });
        return result;
    }

    /** Inserts in JDBC batches; parents must come before their children (the foreign key). */
    public void insertAll(List<Region> added) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < added.size(); from += BATCH) {
            List<Region> chunk = added.subList(from, Math.min(added.size(), from + BATCH));
            jdbc.batchUpdate("insert into region (code, name, level, parent_code, updated_at) values (?,?,?,?,?)",
                    chunk, chunk.size(), (ps, r) -> {
                        ps.setString(1, r.code());
                        ps.setString(2, r.name());
                        ps.setString(3, r.level().name());
                        ps.setString(4, r.parentCode());
                        ps.setTimestamp(5, now);
                    });
        }
    }

    /** New names of existing codes; a retired code listed again is in force again. */
    public void renameAll(List<Region> renamed) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < renamed.size(); from += BATCH) {
            List<Region> chunk = renamed.subList(from, Math.min(renamed.size(), from + BATCH));
            jdbc.batchUpdate("update region set name = ?, retired_at = null, updated_at = ? where code = ?",
                    chunk, chunk.size(), (ps, r) -> {
                        ps.setString(1, r.name());
                        ps.setTimestamp(2, now);
                        ps.setString(3, r.code());
                    });
        }
    }

    /** Marks codes retired (never deletes: NIKs and history refer to them). */
    public void retireAll(List<String> codes) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < codes.size(); from += BATCH) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + BATCH));
            jdbc.batchUpdate("update region set retired_at = ?, updated_at = ? where code = ?",
                    chunk, chunk.size(), (ps, c) -> {
                        ps.setTimestamp(1, now);
                        ps.setTimestamp(2, now);
                        ps.setString(3, c);
                    });
        }
    }

    public void insert(Region r) {
        jdbc.update("insert into region (code, name, level, parent_code, updated_at) values (?,?,?,?,?)",
                r.code(), r.name(), r.level().name(), r.parentCode(), Timestamp.from(Instant.now()));
    }

    public void rename(String code, String name) {
        jdbc.update("update region set name = ?, updated_at = ? where code = ?", name, Timestamp.from(Instant.now()), code);
    }
}
