package id.jamsos.rentan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Every /api and engine-rest answer carries personal data or decisions: browsers must not guess its type
 * ({@code X-Content-Type-Options: nosniff}) and no cache (browser, proxy) may keep it ({@code Cache-Control: no-store}).
 * Set before the chain so refusals (401, 403) carry them too; a later attempt to set another Cache-Control (Jersey
 * and Camunda's resources set {@code no-cache}) keeps {@code no-store}.
 */
public class ApiResponseHeadersFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? "no-store" : value);
            }

            @Override
            public void addHeader(String name, String value) {
                if ("Cache-Control".equalsIgnoreCase(name)) {
                    super.setHeader(name, "no-store");
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
