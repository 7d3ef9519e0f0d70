package id.jamsos.rentan.region;

import id.jamsos.rentan.support.Browser;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: administrators upload the Kemendagri list from the browser (/admin/wilayah.html) in a real Chromium, with
 * the same answers as the API: counts on success, every refused row with its Excel row number otherwise.
 */
class RegionImportBrowserIT extends IntegrationTest {
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void administratorUploadsTheListAndSeesCountsAndRefusedRows() throws Exception {
        Path good = Files.createTempFile("wilayah", ".csv");
        Files.writeString(good, "\uFEFFcode;name\r\n62.03.10.2101;Desa Tumbang Ma\u2019ruf\r\n62.03.10.2102;Desa Peramban\r\n",
                StandardCharsets.UTF_8);
        Path bad = Files.createTempFile("wilayah-salah", ".csv");
        Files.writeString(bad, "code,name\n62.03.10.2103,Desa Baik\n62.03.10.21X4,Desa Salah\n", StandardCharsets.UTF_8);
        try (Browser b = Browser.open(baseUrl())) {
            b.get("/admin/wilayah.html");
            b.waitForText("Impor Daftar Wilayah");
            b.driver().findElement(By.id("user")).sendKeys("admin");
            b.driver().findElement(By.id("password")).sendKeys("admin");
            b.driver().findElement(By.id("file")).sendKeys(good.toString());
            b.driver().findElement(By.id("import")).click();
            b.waitForBodyText("Selesai: 2 ditambah, 0 diubah, 0 tetap, 0 ditolak, 0 ditandai tidak berlaku.");
            assertThat(jdbc.queryForObject("select name from region where code = '6203102101'", String.class))
                    .isEqualTo("Desa Tumbang Ma'ruf");

            b.driver().findElement(By.id("file")).sendKeys(bad.toString());
            b.driver().findElement(By.id("import")).click();
            b.waitForBodyText("kode '62.03.10.21X4' tidak valid");
            // All or nothing: the good row of the refused file is not written; row 3 as Excel shows it.
            assertThat(b.driver().findElement(By.cssSelector("#result table")).getText()).contains("3 code");
            assertThat(jdbc.queryForObject("select count(*) from region where code = '6203102103'", Integer.class)).isZero();

            // A wrong password (of a user that does not exist: Camunda delays the next login of a real user after a
            // failed one, which would lock "admin" out of the tests that follow).
            b.driver().findElement(By.id("user")).clear();
            b.driver().findElement(By.id("user")).sendKeys("tidak.ada");
            b.driver().findElement(By.id("password")).clear();
            b.driver().findElement(By.id("password")).sendKeys("salah");
            b.driver().findElement(By.id("import")).click();
            b.waitForBodyText("Nama pengguna atau kata sandi salah");
        }
    }
}
