/** The 6 industries and 26 product sets of the OCOP criteria, Decision 148/QĐ-TTg (2023-02-24). */
export const DECISION_148_INDUSTRIES = [
  {
    code: "I", handle: "thuc-pham", name_vi: "Thực phẩm", name_en: "Food",
    sets: [
      [1, "rau-cu-qua-hat-tuoi", "Rau, củ, quả, hạt tươi", "Fresh vegetables, tubers, fruit and nuts"],
      [2, "thit-thuy-san-trung-sua-tuoi", "Thịt, thủy sản, trứng, sữa tươi", "Fresh meat, seafood, eggs and milk"],
      [3, "gao-ngu-coc-hat-so-che", "Gạo, ngũ cốc, hạt sơ chế khác", "Rice, cereals and other pre-processed grains"],
      [4, "mat-ong-mat-khac-nong-san-thuc-pham", "Mật ong, mật khác và nông sản thực phẩm khác", "Honey, other syrups and other farm foods"],
      [5, "do-an-nhanh", "Đồ ăn nhanh", "Fast food"],
      [6, "che-bien-tu-gao-ngu-coc", "Chế biến từ gạo, ngũ cốc", "Processed rice and cereal products"],
      [7, "che-bien-tu-rau-cu-qua-hat", "Chế biến từ rau, củ, quả, hạt", "Processed vegetables, tubers, fruit and nuts"],
      [8, "che-bien-tu-thit-trung-sua-thuy-san-mat-ong", "Chế biến từ thịt, trứng, sữa, thủy sản, mật ong", "Processed meat, eggs, milk, seafood and honey"],
      [9, "tuong-nuoc-mam-gia-vi-dang-long", "Tương, nước mắm, gia vị dạng lỏng khác", "Soy sauce, fish sauce and other liquid seasonings"],
      [10, "gia-vi-khac", "Gia vị khác", "Other seasonings"],
      [11, "che-tuoi-che-che-bien", "Chè tươi, chè chế biến", "Fresh and processed tea"],
      [12, "san-pham-tra-tu-thuc-vat-khac", "Sản phẩm trà từ thực vật khác", "Teas from other plants"],
      [13, "ca-phe-ca-cao", "Cà phê, ca cao", "Coffee and cocoa"],
    ],
  },
  {
    code: "II", handle: "do-uong", name_vi: "Đồ uống", name_en: "Beverages",
    sets: [
      [14, "ruou-trang", "Rượu trắng", "White spirits"],
      [15, "do-uong-co-con-khac", "Đồ uống có cồn khác", "Other alcoholic drinks"],
      [16, "nuoc-khoang-nuoc-uong-dong-chai", "Nước khoáng, nước uống đóng chai", "Mineral and bottled water"],
      [17, "do-uong-khong-con", "Đồ uống không cồn", "Non-alcoholic drinks"],
    ],
  },
  {
    code: "III", handle: "duoc-lieu", name_vi: "Dược liệu và sản phẩm từ dược liệu", name_en: "Herbal products",
    sets: [
      [18, "thuc-pham-chuc-nang-thuoc-duoc-lieu", "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền", "Functional foods, herbal and traditional medicines"],
      [19, "my-pham-tu-duoc-lieu", "Mỹ phẩm có thành phần từ dược liệu", "Cosmetics with herbal ingredients"],
      [20, "tinh-dau-duoc-lieu-khac", "Tinh dầu và dược liệu khác", "Essential oils and other herbal materials"],
    ],
  },
  {
    code: "IV", handle: "thu-cong-my-nghe", name_vi: "Thủ công mỹ nghệ", name_en: "Handicrafts",
    sets: [
      [21, "thu-cong-my-nghe-gia-dung-trang-tri", "Thủ công mỹ nghệ gia dụng, trang trí", "Household and decorative handicrafts"],
      [22, "vai-may-mac", "Vải, may mặc", "Textiles and garments"],
    ],
  },
  {
    code: "V", handle: "sinh-vat-canh", name_vi: "Sinh vật cảnh", name_en: "Ornamental plants and animals",
    sets: [
      [23, "hoa", "Hoa", "Flowers"],
      [24, "cay-canh", "Cây cảnh", "Ornamental plants"],
      [25, "dong-vat-canh", "Động vật cảnh", "Ornamental animals"],
    ],
  },
  {
    code: "VI", handle: "du-lich-cong-dong-sinh-thai", name_vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", name_en: "Community and eco-tourism services",
    sets: [
      [26, "du-lich-cong-dong-sinh-thai-diem-du-lich", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", "Community tourism, eco-tourism and destinations"],
    ],
  },
] as const satisfies readonly {
  code: string
  handle: string
  name_vi: string
  name_en: string
  sets: readonly (readonly [number, string, string, string])[]
}[]
