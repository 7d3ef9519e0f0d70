package id.jamsos.rentan.region;

import id.jamsos.rentan.common.CsvTable;
import id.jamsos.rentan.common.FieldError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The region import rules without a database: rows, the parent rule, renames and what a complete decree retires. */
class RegionImportRulesTest {

    static Map<String, RegionImportRules.Row> rows(String csv, List<FieldError> rejections) {
        Map<String, RegionImportRules.Row> incoming = new HashMap<>();
        for (CsvTable.Row row : CsvTable.parse(csv).rows()) {
            RegionImportRules.Row r = RegionImportRules.check(row, incoming, rejections);
            if (r != null) {
                incoming.put(r.code(), r);
            }
        }
        return incoming;
    }

    @Test
    void dottedCodesArePlainAndBadRowsAreNamedWithTheirExcelRow() {
        List<FieldError> rejections = new ArrayList<>();
        Map<String, RegionImportRules.Row> rows = rows("""
                code,name
                62.03.01.2001,Desa Sei Asam
                62.03.01.20,Salah
                6203012002,=HYPERLINK("x")
                6203012001,Ganda
                """, rejections);
        assertThat(rows).containsOnlyKeys("6203012001");
        assertThat(rejections).extracting(FieldError::row, FieldError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "code"), org.assertj.core.groups.Tuple.tuple(4, "name"),
                        org.assertj.core.groups.Tuple.tuple(5, "code"));
        assertThat(rejections.get(2).message()).contains("ganda").contains("baris 2");
    }

    @Test
    void aChildOfAnUnknownParentIsRejectedAndItsOwnChildrenWithIt() {
        List<FieldError> rejections = new ArrayList<>();
        Map<String, RegionImportRules.Row> rows = rows("""
                code,name
                620399,Kecamatan Tanpa Induk Salah
                6203992001,Desa Di Bawahnya
                6299,Kabupaten Tanpa Provinsi
                """, rejections);
        Map<String, Region> existing = Map.of("62", new Region("62", "Kalimantan Tengah", RegionLevel.ofCode("62"), null),
                "6203", new Region("6203", "Kapuas", RegionLevel.ofCode("6203"), "62"));
        RegionImportRules.Plan plan = RegionImportRules.plan(rows, existing, rejections);
        assertThat(plan.added()).extracting(Region::code).containsExactly("6299", "620399", "6203992001");
        assertThat(rejections).isEmpty();

        List<FieldError> orphanRejections = new ArrayList<>();
        Map<String, RegionImportRules.Row> orphans = rows("""
                code,name
                630101,Kecamatan Provinsi Lain
                6301012001,Desa Provinsi Lain
                """, orphanRejections);
        RegionImportRules.Plan none = RegionImportRules.plan(orphans, existing, orphanRejections);
        assertThat(none.added()).isEmpty();
        assertThat(orphanRejections).extracting(FieldError::row).containsExactlyInAnyOrder(2, 3);
        assertThat(orphanRejections).allSatisfy(e -> assertThat(e.message()).contains("tidak dikenal"));
    }

    @Test
    void renamesAreUpdatesAndACompleteDecreeRetiresWhatItNoLongerLists() {
        Map<String, Region> existing = Map.of("62", new Region("62", "Kalimantan Tengah", RegionLevel.ofCode("62"), null),
                "6203", new Region("6203", "Kapuas", RegionLevel.ofCode("6203"), "62"),
                "6208", new Region("6208", "Sukamara", RegionLevel.ofCode("6208"), "62"));
        List<FieldError> rejections = new ArrayList<>();
        RegionImportRules.Plan plan = RegionImportRules.plan(rows("""
                code,name
                62,Kalimantan Tengah
                6203,Kabupaten Kapuas
                """, rejections), existing, rejections);
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.renamed()).extracting(Region::name).containsExactly("Kabupaten Kapuas");
        assertThat(plan.retiredFrom(existing)).containsExactly("6208");
    }
}
