package id.jamsos.rentan.budget;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Coverage indicator: ACTIVE JKK+JKM members ÷ vulnerable-worker population × 100, for the regency and per
 * kecamatan (a kecamatan's percentage only where its population was recorded).
 */
@Service
public class CoverageService {
    private final JdbcTemplate jdbc;
    private final BudgetEvaluationRepository evaluations;

    public CoverageService(JdbcTemplate jdbc, BudgetEvaluationRepository evaluations) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
    }

    public record KecamatanCoverage(String kecamatanCode, String name, long members, Integer population,
                                    BigDecimal coveragePercent) {
    }

    public record Coverage(String regencyCode, long members, Integer population, BigDecimal coveragePercent,
                           List<KecamatanCoverage> byKecamatan) {
    }

    public Coverage of(String regencyCode, int year) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select r.code, r.name, count(m.membership_number) as members
                from region r left join member m on m.kecamatan_code = r.code and m.status = 'ACTIVE'
                where r.parent_code = ? and r.level = 'KECAMATAN'
                group by r.code, r.name order by r.code
                """, regencyCode);
        List<KecamatanCoverage> byKecamatan = rows.stream().map(r -> {
            String code = (String) r.get("code");
            long members = ((Number) r.get("members")).longValue();
            Integer pop = evaluations.population(code, year).orElse(null);
            return new KecamatanCoverage(code, (String) r.get("name"), members, pop,
                    pop == null ? null : BudgetCalculator.coveragePercent(members, pop));
        }).toList();
        long members = evaluations.countMembers(regencyCode, "ACTIVE");
        Integer population = evaluations.population(regencyCode, year + 1).orElse(null);
        return new Coverage(regencyCode, members, population,
                population == null ? null : BudgetCalculator.coveragePercent(members, population), byKecamatan);
    }
}
