package id.jamsos.rentan.budget;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

@Repository
public class BudgetEvaluationRepository {
    private static final RowMapper<BudgetEvaluation> MAPPER = (rs, i) -> new BudgetEvaluation(
            rs.getString("evaluation_key"), rs.getString("regency_code"), rs.getInt("fiscal_year"),
            rs.getInt("vulnerable_population"), BudgetStatus.valueOf(rs.getString("status")),
            rs.getObject("members_active", Integer.class), rs.getObject("members_lapsed", Integer.class),
            rs.getObject("members_ended", Integer.class), rs.getObject("claims_paid", Integer.class),
            rs.getObject("claims_total", Long.class), rs.getBigDecimal("coverage_percent"),
            rs.getObject("cost_per_worker", Long.class), rs.getObject("current_quota", Integer.class),
            rs.getObject("proposed_quota", Integer.class), rs.getObject("proposed_budget", Long.class),
            rs.getObject("quota", Integer.class), rs.getObject("budget", Long.class), rs.getString("last_note"),
            rs.getString("pks_number"));

    private final JdbcTemplate jdbc;

    public BudgetEvaluationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<BudgetEvaluation> find(String key) {
        return jdbc.query("select * from budget_evaluation where evaluation_key = ?", MAPPER, key).stream().findFirst();
    }

    public void insert(String key, String regencyCode, int fiscalYear, int population, String createdBy) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into budget_evaluation (evaluation_key, regency_code, fiscal_year, vulnerable_population, status,
                  created_by, created_at, updated_at) values (?,?,?,?,?,?,?,?)
                """, key, regencyCode, fiscalYear, population, BudgetStatus.PROPOSAL.name(), createdBy, now, now);
    }

    public void saveFigures(String key, int active, int lapsed, int ended, ClaimStatistics.Paid claims,
                            BudgetCalculator.Result r, int currentQuota) {
        jdbc.update("""
                update budget_evaluation set members_active = ?, members_lapsed = ?, members_ended = ?, claims_paid = ?,
                  claims_total = ?, coverage_percent = ?, cost_per_worker = ?, current_quota = ?, proposed_quota = ?,
                  proposed_budget = ?, quota = coalesce(quota, ?), budget = coalesce(budget, ?), updated_at = ?
                where evaluation_key = ?
                """, active, lapsed, ended, claims.count(), claims.total(), r.coveragePercent(), r.costPerWorker(),
                currentQuota, r.proposedQuota(), r.proposedBudget(), r.proposedQuota(), r.proposedBudget(),
                Timestamp.from(Instant.now()), key);
    }

    public void saveProposal(String key, int quota, long budget, BudgetStatus status) {
        jdbc.update("update budget_evaluation set quota = ?, budget = ?, status = ?, last_note = null, updated_at = ? "
                + "where evaluation_key = ?", quota, budget, status.name(), Timestamp.from(Instant.now()), key);
    }

    public void updateStatus(String key, BudgetStatus status, String note) {
        jdbc.update("update budget_evaluation set status = ?, last_note = ?, updated_at = ? where evaluation_key = ?",
                status.name(), note, Timestamp.from(Instant.now()), key);
    }

    public void linkPks(String key, String pksNumber) {
        jdbc.update("update budget_evaluation set pks_number = ?, updated_at = ? where evaluation_key = ?",
                pksNumber, Timestamp.from(Instant.now()), key);
    }

    /** A recorded vulnerable-worker population: region (regency or kecamatan), year, workers, where it comes from. */
    public record PopulationFigure(String regionCode, int year, int population, String source) {
    }

    public void savePopulation(String regionCode, int fiscalYear, int population) {
        savePopulation(regionCode, fiscalYear, population, "evaluasi anggaran", null);
    }

    /** Inserts or replaces the figure of the region and year; returns true when it was new. */
    public boolean savePopulation(String regionCode, int fiscalYear, int population, String source, String recordedBy) {
        Timestamp now = Timestamp.from(Instant.now());
        int n = jdbc.update("update vulnerable_population set population = ?, source = ?, recorded_by = ?, updated_at = ? "
                + "where region_code = ? and fiscal_year = ?", population, source, recordedBy, now, regionCode, fiscalYear);
        if (n == 0) {
            jdbc.update("insert into vulnerable_population (region_code, fiscal_year, population, source, recorded_by, "
                    + "updated_at) values (?,?,?,?,?,?)", regionCode, fiscalYear, population, source, recordedBy, now);
            return true;
        }
        return false;
    }

    /** The latest recorded population of a region up to a fiscal year, if any. */
    public Optional<Integer> population(String regionCode, int fiscalYear) {
        return populationFigure(regionCode, fiscalYear).map(PopulationFigure::population);
    }

    /** The latest recorded figure of a region up to a year, with its year and source. */
    public Optional<PopulationFigure> populationFigure(String regionCode, int fiscalYear) {
        return jdbc.query("select region_code, fiscal_year, population, source from vulnerable_population "
                        + "where region_code = ? and fiscal_year <= ? order by fiscal_year desc",
                (rs, i) -> new PopulationFigure(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4)),
                regionCode, fiscalYear).stream().findFirst();
    }

    public int countMembers(String regencyCode, String status) {
        Integer n = jdbc.queryForObject("select count(*) from member where regency_code = ? and status = ?",
                Integer.class, regencyCode, status);
        return n == null ? 0 : n;
    }
}
