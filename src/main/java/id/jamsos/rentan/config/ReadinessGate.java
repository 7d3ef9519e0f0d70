package id.jamsos.rentan.config;

import id.jamsos.rentan.common.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Tomcat accepts connections before the application runners have created the identities, groups, filters and demo
 * data (issue 12: a login in the first seconds failed with "kata sandi salah"). Until Spring Boot reports
 * {@link ReadinessState#ACCEPTING_TRAFFIC} (after every runner), every request except the health endpoints gets
 * 503 problem+json with {@code Retry-After}. {@code /actuator/health/readiness} says OUT_OF_SERVICE meanwhile, so a
 * load balancer never sends traffic to a node that is not ready.
 */
public class ReadinessGate extends OncePerRequestFilter {
    private final ApplicationAvailability availability;
    private final int retryAfterSeconds;

    public ReadinessGate(ApplicationAvailability availability, int retryAfterSeconds) {
        this.availability = availability;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
            Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "Sistem sedang dimulai",
                    "Aplikasi sedang menyiapkan data dan pengguna; coba lagi dalam " + retryAfterSeconds + " detik");
            return;
        }
        chain.doFilter(request, response);
    }
}
