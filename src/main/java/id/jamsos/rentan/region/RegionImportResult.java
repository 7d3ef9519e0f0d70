package id.jamsos.rentan.region;

import id.jamsos.rentan.common.FieldError;

import java.util.List;

/**
 * What an import of the Kemendagri list did, in rows of the file: {@code added} new codes, {@code updated} renamed
 * or reinstated (a retired code listed again), {@code unchanged}, {@code rejected} rows (each with its Excel row
 * number, header = row 1, field and reason in {@code rejections}), and {@code retired} codes the file no longer
 * lists (only when the file was declared the complete decree and no row was rejected). {@code note} explains a
 * skipped retirement; null otherwise.
 */
public record RegionImportResult(int added, int updated, int unchanged, int rejected, int retired,
                                 List<FieldError> rejections, String note) {
    public RegionImportResult {
        rejections = List.copyOf(rejections);
    }
}
