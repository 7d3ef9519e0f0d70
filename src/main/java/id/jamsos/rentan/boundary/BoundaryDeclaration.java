package id.jamsos.rentan.boundary;

import java.util.List;

/**
 * Implemented by one {@code @Component} per feature ({@code ClaimBoundary}, {@code VerificationBoundary}, …): the
 * feature's processes and what callers may send them. The boundary package never imports a feature; features
 * declare themselves here.
 */
public interface BoundaryDeclaration {
    List<ProcessBoundary> processes();
}
