package id.jamsos.rentan.region;

public record RegionImportResult(int added, int updated, int unchanged, int rejected) {
}
