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

    private final id.jamsos.rentan.pks.AgreementRepository agreements;

    public CoverageService(JdbcTemplate jdbc, BudgetEvaluationRepository evaluations,
                           id.jamsos.rentan.pks.AgreementRepository agreements) {
        this.agreements = agreements;
        this.jdbc = jdbc;
        this.evaluations = evaluations;
    }

    /** One kecamatan: members, population (workers) with its year and source, percent with two decimals. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record KecamatanCoverage(String kecamatanCode, String name, long members, Integer population,
                                    BigDecimal coveragePercent, Integer populationYear, String populationSource) {
    }

    /**
     * One program's share (issue 16): ACTIVE members whose PKS is of this payer and their monthly premium in whole
     * rupiah (members × the PKS's premium per month).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PayerCoverage(String pksNumber, String payer, String payerName, String villageCode, String segment,
                                String program, long members, long premiumPerMonth) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Coverage(String regencyCode, long members, Integer population, BigDecimal coveragePercent,
                           Integer populationYear, String populationSource, List<KecamatanCoverage> byKecamatan,
                           List<PayerCoverage> byPayer) {
    }

    /** ACTIVE members of the regency per PKS (program), Dinsos first, with the monthly premium each payer owes. */
    public List<PayerCoverage> byPayer(String regencyCode) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select m.pks_number, count(*) as members from member m
                where m.regency_code = ? and m.status = 'ACTIVE' and m.pks_number is not null
                group by m.pks_number order by m.pks_number
                """, regencyCode);
        return rows.stream().map(r -> {
            String pks = (String) r.get("pks_number");
            long n = ((Number) r.get("members")).longValue();
            return agreements.find(pks).map(a -> new PayerCoverage(pks, a.payer(), a.payerName(), a.villageCode(),
                            a.segment(), a.programTitle(), n, n * a.premiumPerMonth()))
                    .orElse(new PayerCoverage(pks, null, null, null, null, pks, n, 0));
        }).toList();
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
                f.map(BudgetEvaluationRepository.PopulationFigure::source).orElse(null), byKecamatan, byPayer(regencyCode));
    }
}
