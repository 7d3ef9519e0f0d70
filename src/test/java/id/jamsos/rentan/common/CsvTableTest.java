package id.jamsos.rentan.common;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** CSV as Excel writes it (issue 13 "CSV as Excel writes it"), read by Apache Commons CSV (RFC 4180). */
class CsvTableTest {

    @Test
    void bomSemicolonCrlfAndQuotedLineBreaks() {
        CsvTable t = CsvTable.parse("\uFEFFcode;name\r\n62.03.01.2001;\"Desa\r\nSatu; Dua\"\r\n\r\n62.03.01.2002;\"Kata \"\"kutip\"\"\"\r\n");
        assertThat(t.header()).containsExactly("code", "name");
        assertThat(t.rows()).extracting(CsvTable.Row::number).containsExactly(2, 4);
        assertThat(t.rows().get(0).cells()).containsExactly("62.03.01.2001", "Desa\r\nSatu; Dua");
        assertThat(t.rows().get(1).cell(1)).isEqualTo("Kata \"kutip\"");
        assertThat(t.rows().get(1).cell(5)).isNull();
    }

    @Test
    void commaIsTheSeparatorWhenTheHeaderHasOne() {
        CsvTable t = CsvTable.parse("code,name\n6203012001,\"Sei; Asam\"\n");
        assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.cells()).containsExactly("6203012001", "Sei; Asam"));
    }

    @Test
    void rowNumbersFollowExcelAfterAMultiLineCell() {
        // Excel shows the record with a line break as one row: the next record is row 3, not row 4.
        CsvTable t = CsvTable.parse("a,b\n1,\"x\ny\"\n2,z\n");
        assertThat(t.rows()).extracting(CsvTable.Row::number).containsExactly(2, 3);
    }

    @Test
    void refusesNonUtf8EmptyAndUnclosedQuotes() {
        byte[] latin1 = "code,name\n1,D\u00e9sa\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(catchThrowableOfType(ValidationException.class, () -> CsvTable.read(new ByteArrayInputStream(latin1)))
                .errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("UTF-8"));
        assertThat(catchThrowableOfType(ValidationException.class, () -> CsvTable.parse("\uFEFF \n")).errors())
                .singleElement().satisfies(e -> assertThat(e.message()).contains("kosong"));
        List<FieldError> unclosed = catchThrowableOfType(ValidationException.class,
                () -> CsvTable.parse("a,b\n1,\"tidak ditutup\n2,x\n")).errors();
        assertThat(unclosed).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("file");
            assertThat(e.message()).contains("tanda kutip");
        });
    }
}
