package id.jamsos.rentan.budget;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coverage indicator (DOMAIN "Coverage indicator"): ACTIVE JKK+JKM members ÷ vulnerable-worker population × 100,
 * for the regency and per kecamatan. The population is the latest recorded figure (import or budget evaluation)
 * up to next year, with its year and source; {@code population} and {@code coveragePercent} are always in the
 * answer (CONTRACT), null only when no figure is recorded.
 */
@Service
public class CoverageService {
    private final JdbcTemplate jdbc;
    private final BudgetEvaluationRepository evaluations;

    public CoverageService(JdbcTemplate jdbc, BudgetEvaluationRepository evaluations) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
    }

    /** One kecamatan: members, population (workers) with its year and source, percent with two decimals. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record KecamatanCoverage(String kecamatanCode, String name, long members, Integer population,
                                    BigDecimal coveragePercent, Integer populationYear, String populationSource) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Coverage(String regencyCode, long members, Integer population, BigDecimal coveragePercent,
                           Integer populationYear, String populationSource, List<KecamatanCoverage> byKecamatan) {
    }

    /** @param year the current year (WIB): figures recorded for it or next year's evaluation count */
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
            Optional<BudgetEvaluationRepository.PopulationFigure> f = evaluations.populationFigure(code, year + 1);
            Integer pop = f.map(BudgetEvaluationRepository.PopulationFigure::population).orElse(null);
            return new KecamatanCoverage(code, (String) r.get("name"), members, pop,
                    pop == null ? null : BudgetCalculator.coveragePercent(members, pop),
                    f.map(BudgetEvaluationRepository.PopulationFigure::year).orElse(null),
                    f.map(BudgetEvaluationRepository.PopulationFigure::source).orElse(null));
        }).toList();
        long members = evaluations.countMembers(regencyCode, "ACTIVE");
        Optional<BudgetEvaluationRepository.PopulationFigure> f = evaluations.populationFigure(regencyCode, year + 1);
        Integer population = f.map(BudgetEvaluationRepository.PopulationFigure::population).orElse(null);
        return new Coverage(regencyCode, members, population,
                population == null ? null : BudgetCalculator.coveragePercent(members, population),
                f.map(BudgetEvaluationRepository.PopulationFigure::year).orElse(null),
                f.map(BudgetEvaluationRepository.PopulationFigure::source).orElse(null), byKecamatan);
    }
}
