package id.jamsos.rentan.webapp;

import id.jamsos.rentan.identity.WebappLogin;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Our own pages for officials, behind the Camunda webapp login (the session Tasklist keeps): "Dasbor Jaminan
 * Sosial" at {@code /dasbor}, the NIK search at {@code /cari} and a claim's view at {@code /klaim/<claim number>}.
 * The pages are static (src/main/resources/static/jamsos/) and read /api with that login, where
 * {@code RegionAccessPolicy} scopes every answer to the official's region. Without a login: Tasklist's sign-in.
 */
@Controller
public class OfficialPages {
    static final String LOGIN = "redirect:/camunda/app/tasklist/default/";

    @GetMapping("/dasbor")
    public String dashboard(HttpServletRequest request) {
        return page(request, "dasbor");
    }

    @GetMapping("/cari")
    public String search(HttpServletRequest request) {
        return page(request, "cari");
    }

    /** The claim number is read by the page from its own address; /api/claims/{n} decides who may see it. */
    @GetMapping("/klaim/{claimNumber}")
    public String claim(@PathVariable String claimNumber, HttpServletRequest request) {
        return page(request, "klaim");
    }

    private static String page(HttpServletRequest request, String name) {
        return WebappLogin.userId(request).isPresent() ? "forward:/jamsos/" + name + ".html" : LOGIN;
    }
}
