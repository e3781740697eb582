// Who runs the marketplace and how a buyer reaches them: the one place the footer, the policy pages
// and anything else that names the operator read from. SAMPLE DATA: no company is registered under
// these details; a real operator replaces them (and sets `sample` to false) before the shop opens.

/** The policy pages every page's footer links to; their texts are in messages/*.json under "Policy". */
export const POLICIES = ["shipping", "returns", "privacy", "payment"] as const;
export type Policy = (typeof POLICIES)[number];

export const OPERATOR = {
  /** While true, the footer and the policy pages say these facts are samples. */
  sample: true,
  /** The legal name as registered, in Vietnamese in both languages (the footer says, in the buyer's language, that it is a sample). */
  legalName: "Công ty TNHH Sàn OCOP Việt",
  /** Mã số doanh nghiệp, and who issued it. */
  enterpriseCode: "0000000000",
  registeredBy: { vi: "Sở Tài chính thành phố Hà Nội", en: "the Hanoi Department of Finance" },
  address: "Số 1 phố Mẫu, phường Ba Đình, thành phố Hà Nội",
  /** Người đại diện theo pháp luật. */
  representative: "Nguyễn Văn Mẫu",
  hotline: { display: "024 0000 0000", tel: "+842400000000" },
  email: "hotro@ocop.example.vn",
  /** Every day, Vietnam time. */
  hours: { opens: "08:00", closes: "21:00" },
  /**
   * The Ministry of Industry and Trade's record of the marketplace on online.gov.vn: a site where
   * other sellers sell registers (đăng ký) as a sàn giao dịch thương mại điện tử. None exists yet,
   * so the footer shows its notice marked as a sample and links nowhere.
   */
  ecommerceRegistration: null as { url: string } | null,
} as const;
