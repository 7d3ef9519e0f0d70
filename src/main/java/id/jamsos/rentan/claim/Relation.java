package id.jamsos.rentan.claim;

/**
 * Heir relations of the contract with their legal priority group (Permenaker 44/2015 art. 19,
 * Permenaker 4/2023 art. 57): only the first group present is paid.
 */
public enum Relation {
    SPOUSE(1, "janda/duda"),
    CHILD(1, "anak"),
    PARENT(2, "orang tua"),
    GRANDCHILD(2, "cucu"),
    GRANDPARENT(2, "kakek/nenek"),
    SIBLING(3, "saudara kandung"),
    PARENT_IN_LAW(4, "mertua"),
    WILL(5, "penerima wasiat");

    private final int group;
    private final String label;

    Relation(int group, String label) {
        this.group = group;
        this.label = label;
    }

    public int group() {
        return group;
    }

    public String label() {
        return label;
    }
}
