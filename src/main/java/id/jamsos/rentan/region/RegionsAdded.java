package id.jamsos.rentan.region;

import java.util.List;

/**
 * Published (synchronously, inside the importing transaction) when an import adds regions that did not exist
 * before. Packages above {@code region} react to it, e.g. identity creates the groups and tenant memberships of
 * the new villages and kecamatan; a failing listener rolls the import back with it.
 *
 * @param regions the newly inserted regions, parents before children; never empty
 */
public record RegionsAdded(List<Region> regions) {
    public RegionsAdded {
        regions = List.copyOf(regions);
    }
}
