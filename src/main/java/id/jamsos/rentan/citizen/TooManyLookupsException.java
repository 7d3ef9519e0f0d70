package id.jamsos.rentan.citizen;

/** More lookups than allowed per NIK or per client address within the hour: answered 429 problem+json. */
public class TooManyLookupsException extends RuntimeException {
    public TooManyLookupsException(String message) {
        super(message);
    }
}
