package id.jamsos.rentan.enrollment;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import id.jamsos.rentan.web.QueryParams;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/members")
public class MemberController {
    private final MemberRepository members;
    private final RegionAccessPolicy policy;

    public MemberController(MemberRepository members, RegionAccessPolicy policy) {
        this.members = members;
        this.policy = policy;
    }

    public record MemberView(String membershipNumber, String nikMasked, String name, String villageCode,
                             String pksNumber, String segment, MemberStatus status, LocalDate coverageStart,
                             LocalDate coverageEnd, int contributionMonths) {
        static MemberView of(Member m) {
            return new MemberView(m.membershipNumber(), Formats.maskNik(m.nik()), m.name(), m.villageCode(),
                    m.pksNumber(), m.segment(), m.status(), m.coverageStart(), m.coverageEnd(), m.contributionMonths());
        }
    }

    public record MemberPage(List<MemberView> content, int page, int size, long totalElements) {
    }

    /**
     * Members of a region ({@code regencyCode}: 4, 6 or 10 digits), or the member with a NIK ({@code nik}: the full
     * 16 digits): an official finds only a member of the own region (an empty page otherwise, which does not tell
     * whether the NIK is a member elsewhere). Answers carry the masked NIK.
     */
    @GetMapping
    public MemberPage list(@RequestParam(required = false) String regencyCode,
                           @RequestParam(required = false) MemberStatus status,
                           @RequestParam(required = false) String nik,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (nik != null) {
            String wanted = QueryParams.nik(nik);
            Official me = CurrentOfficial.get();
            List<MemberView> found = members.findByNik(wanted)
                    .filter(m -> policy.covers(me, m.villageCode()))
                    .filter(m -> regencyCode == null || m.villageCode().startsWith(regencyCode))
                    .filter(m -> status == null || m.status() == status)
                    .map(MemberView::of).stream().toList();
            return new MemberPage(found, 0, size, found.size());
        }
        if (regencyCode == null) {
            throw ValidationException.of("regencyCode", "wajib diisi (kode wilayah 4, 6 atau 10 digit), atau cari dengan nik");
        }
        if (!regencyCode.matches("\\d{4}|\\d{6}|\\d{10}")) {
            throw ValidationException.of("regencyCode", "kode wilayah harus 4, 6 atau 10 digit");
        }
        if (page < 0 || size < 1 || size > 1000) {
            throw ValidationException.of("size", "page >= 0 dan size 1..1000");
        }
        Official me = CurrentOfficial.get();
        policy.requireCovers(me, regencyCode);
        List<MemberView> content = members.page(regencyCode, status, page * size, size).stream().map(MemberView::of).toList();
        return new MemberPage(content, page, size, members.count(regencyCode, status));
    }

    @GetMapping("/{membershipNumber}")
    public MemberView get(@PathVariable String membershipNumber) {
        Member m = members.find(membershipNumber)
                .orElseThrow(() -> new NotFoundException("Peserta " + membershipNumber + " tidak ditemukan"));
        // The rule of the list: a Lurah sees the members of their village, a Camat of their kecamatan.
        policy.requireCovers(CurrentOfficial.get(), m.villageCode() != null ? m.villageCode() : m.regencyCode());
        return MemberView.of(m);
    }
}
