package id.jamsos.rentan.identity;

public class RegionAccessDeniedException extends RuntimeException {
    public RegionAccessDeniedException(String message) {
        super(message);
    }
}
