/**
 * Sample contact details and stories for the producers of data/ocop-facts.json, and the sample
 * producers standing in for the three real products whose producer the articles do not name.
 * Stories keep the facts and the articles' context; phones, e-mails and numbers are made up.
 */
import type { SampleProducer, SampleProducerDetails } from "./types"

export const sampleProducerDetails: SampleProducerDetails[] = [
  {
    producerKey: "bien-dong-dhc",
    handle: "cong-ty-tnhh-bien-dong-dhc",
    contactName: null,
    phone: "0228 3876 412",
    email: "bien-dong-dhc@example.vn",
    gs1CompanyReference: "61203",
    businessRegistrationNumber: "0601184523",
    storyVi:
      "Công ty TNHH Biển Đông DHC đặt cơ sở tại xã Hải Nam, huyện Hải Hậu (nay thuộc tỉnh Ninh Bình), chuyên sơ chế và cung cấp thịt lợn. Năm 2020, công ty đưa hai sản phẩm thịt lợn mát và thịt lợn đông lạnh vào đợt I đăng ký xây dựng sản phẩm OCOP cấp tỉnh của huyện Hải Hậu. Thịt được pha lóc, đóng khay và giữ lạnh liên tục từ xưởng đến tay người mua.",
    storyEn:
      "Biển Đông DHC Co., Ltd. is based in Hải Nam commune, Hải Hậu district (now part of Ninh Bình province), and processes and supplies pork. In 2020 it entered two products, chilled pork and frozen pork, in Hải Hậu's first round of registrations for provincial OCOP rating. The meat is cut, packed in trays and kept cold all the way from the workshop to the buyer.",
  },
  {
    producerKey: "gio-phuc-thuan",
    handle: "co-so-gio-phuc-thuan",
    contactName: null,
    phone: "0915 284 367",
    email: "gio-phuc-thuan@example.vn",
    gs1CompanyReference: "61217",
    businessRegistrationNumber: "0601293847",
    storyVi:
      "Cơ sở sản xuất giò Phúc Thuận ở xã Hải Hưng, huyện Hải Hậu làm giò theo lối thủ công quen thuộc của làng quê Nam Định: thịt lợn tươi trong ngày, gói chặt trong lá chuối rồi luộc chín. Năm 2020, sản phẩm giò gân của cơ sở được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "The Phúc Thuận giò workshop in Hải Hưng commune, Hải Hậu district, makes Vietnamese pork roll the way village kitchens in Nam Định always have: pork bought fresh that day, wrapped tightly in banana leaves and boiled. In 2020 its pork-and-tendon roll (giò gân) was registered in Hải Hậu's first round for provincial OCOP rating.",
  },
  {
    producerKey: "htx-duoc-lieu-hai-loc",
    handle: "htx-duoc-lieu-hai-loc",
    contactName: null,
    phone: "0228 3879 105",
    email: "htx-duoc-lieu-hai-loc@example.vn",
    gs1CompanyReference: "61224",
    businessRegistrationNumber: "0601375518",
    storyVi:
      "HTX trồng cây dược liệu xã Hải Lộc gom các hộ trồng cây thuốc trong xã vào cùng một quy trình trồng, thu hái và sấy khô. Dây thìa canh, loại dây leo quen thuộc trong kinh nghiệm dân gian, là sản phẩm được hợp tác xã đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I năm 2020 của huyện Hải Hậu.",
    storyEn:
      "The Hải Lộc medicinal plant cooperative brings the commune's herb growers into one shared way of planting, harvesting and drying. Gymnema (dây thìa canh), a climbing vine long used in Vietnamese folk remedies, is the product it registered in Hải Hậu's first 2020 round for provincial OCOP rating.",
  },
  {
    producerKey: "nuoc-mam-hai-duong",
    handle: "ho-kinh-doanh-nguyen-van-duong",
    contactName: "Nguyễn Văn Dương",
    phone: "0912 537 804",
    email: "nuoc-mam-hai-duong@example.vn",
    gs1CompanyReference: "61231",
    businessRegistrationNumber: "0601462290",
    storyVi:
      "Hộ kinh doanh Nguyễn Văn Dương ở xã Hải Triều, huyện ven biển Hải Hậu, làm nước mắm và mắm tôm theo cách ủ chượp truyền thống. Năm 2020, hai sản phẩm nước mắm Hải Dương và mắm tôm Hải Dương được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện.",
    storyEn:
      "Nguyễn Văn Dương's household business in Hải Triều commune, in the coastal district of Hải Hậu, makes fish sauce and shrimp paste by traditional fermentation. In 2020 its two products, Hải Dương fish sauce and Hải Dương shrimp paste, were registered in the district's first round for provincial OCOP rating.",
  },
  {
    producerKey: "van-ninh",
    handle: "cong-ty-tnhh-van-ninh",
    contactName: null,
    phone: "0228 3877 630",
    email: "van-ninh@example.vn",
    gs1CompanyReference: "61248",
    businessRegistrationNumber: "0601518836",
    storyVi:
      "Công ty TNHH Vạn Ninh ở xã Hải Đông, huyện ven biển Hải Hậu, chế biến và đóng gói muối từ nghề làm muối của vùng. Năm 2020, công ty đăng ký hai sản phẩm muối sạch và muối I-ốt vào đợt I xây dựng sản phẩm OCOP cấp tỉnh của huyện Hải Hậu.",
    storyEn:
      "Vạn Ninh Co., Ltd. in Hải Đông commune, in the coastal district of Hải Hậu, cleans and packs salt from the area's salt-making trade. In 2020 it registered two products, clean salt and iodised salt, in Hải Hậu's first round for provincial OCOP rating.",
  },
  {
    producerKey: "thoa-dinh",
    handle: "ho-kinh-doanh-pham-thi-thoa",
    contactName: "Phạm Thị Thoa",
    phone: "0984 613 275",
    email: "thoa-dinh@example.vn",
    gs1CompanyReference: "61255",
    businessRegistrationNumber: "0601647159",
    storyVi:
      "Hộ kinh doanh Phạm Thị Thoa ở xã Hải Lý, huyện Hải Hậu làm nước mắm và mắm tôm mang tên Thoa Định từ cá, tôm của vùng biển quê nhà. Năm 2020, cả hai sản phẩm được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Phạm Thị Thoa's household business in Hải Lý commune, Hải Hậu district, makes fish sauce and shrimp paste under the Thoa Định name from the fish and shrimp of its home coast. In 2020 both products were registered in Hải Hậu's first round for provincial OCOP rating.",
  },
  {
    producerKey: "ruou-nep-hai-chau",
    handle: "ho-kinh-doanh-tran-van-tuyen",
    contactName: "Trần Văn Tuyến",
    phone: "0976 152 438",
    email: "ruou-nep-hai-chau@example.vn",
    gs1CompanyReference: "61262",
    businessRegistrationNumber: "0601731604",
    storyVi:
      "Hộ kinh doanh Trần Văn Tuyến ở xã Hải Châu, huyện Hải Hậu nấu rượu từ gạo nếp của đồng ruộng Hải Hậu, ủ men rồi chưng cất theo cách của các lò rượu gia đình. Năm 2020, rượu nếp Hải Châu được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện.",
    storyEn:
      "Trần Văn Tuyến's household business in Hải Châu commune, Hải Hậu district, distils spirit from glutinous rice grown in Hải Hậu's fields, fermented with traditional yeast cakes and distilled the way family stills do. In 2020 Hải Châu rice spirit was registered in the district's first round for provincial OCOP rating.",
  },
  {
    producerKey: "mien-dong-phien-duom",
    handle: "ho-kinh-doanh-tran-van-phien",
    contactName: "Trần Văn Phiến",
    phone: "0948 375 106",
    email: "mien-dong-phien-duom@example.vn",
    gs1CompanyReference: "61279",
    businessRegistrationNumber: "0601829372",
    storyVi:
      "Hộ kinh doanh Trần Văn Phiến ở xã Hải Minh, huyện Hải Hậu làm miến dong thủ công: tráng bánh từ tinh bột dong riềng, thái sợi và phơi khô. Năm 2020, miến dong Phiến Đượm được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Trần Văn Phiến's household business in Hải Minh commune, Hải Hậu district, makes canna glass noodles by hand: canna starch is spread into thin sheets, cut into strands and dried. In 2020 Phiến Đượm glass noodles were registered in Hải Hậu's first round for provincial OCOP rating.",
  },
  {
    producerKey: "banh-nhan-luu-lien-phuong",
    handle: "ho-kinh-doanh-luu-lien-phuong",
    contactName: "Lưu Liên Phương",
    phone: "0913 742 586",
    email: "banh-nhan-luu-lien-phuong@example.vn",
    gs1CompanyReference: "61286",
    businessRegistrationNumber: "0601906481",
    storyVi:
      "Hộ kinh doanh Lưu Liên Phương ở xã Hải Bắc, huyện Hải Hậu làm bánh nhãn, món bánh gắn với phố Đông Biên, làng Đông Cường ở thị trấn Yên Định. Bột nếp được nhào cùng trứng, đường và mỡ lợn, vo thành từng viên nhỏ bằng quả nhãn rồi rán giòn. Năm 2020, bánh nhãn Tết Vua được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện.",
    storyEn:
      "Lưu Liên Phương's household business in Hải Bắc commune, Hải Hậu district, makes bánh nhãn, the little cakes that belong to Đông Biên street and Đông Cường village in Yên Định town. Glutinous rice flour is kneaded with egg, sugar and lard, rolled into balls the size of a longan and fried crisp. In 2020 Tết Vua longan cakes were registered in the district's first round for provincial OCOP rating.",
  },
  {
    producerKey: "duoc-lieu-hai-hau",
    handle: "cong-ty-cp-duoc-lieu-hai-hau",
    contactName: null,
    phone: "0228 3882 917",
    email: "duoc-lieu-hai-hau@example.vn",
    gs1CompanyReference: "61293",
    businessRegistrationNumber: "0602014739",
    storyVi:
      "Công ty CP Dược liệu Hải Hậu được thành lập năm 2018 tại xóm 2, xã Hải Phương và là đơn vị đầu tiên trong huyện làm trà dược liệu dạng túi lọc. Công ty thu mua cây thuốc từ các vùng trồng trong huyện, sấy khô, nghiền và đóng túi ngay tại xưởng. Năm 2020, bốn sản phẩm trà nhân trần, trà gừng đen, trà hoạt huyết dưỡng não và trà Silymarin được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh.",
    storyEn:
      "Hải Hậu Herbal JSC was founded in 2018 in hamlet 2, Hải Phương commune, and was the first in the district to make herbal tea in tea bags. It buys medicinal plants from growers in the district, then dries, grinds and bags them in its own workshop. In 2020 four of its teas, nhân trần, black ginger, hoạt huyết dưỡng não and Silymarin, were registered for provincial OCOP rating.",
  },
  {
    producerKey: "htx-hai-son",
    handle: "htx-thuc-pham-sach-hai-son",
    contactName: null,
    phone: "0228 3878 541",
    email: "htx-hai-son@example.vn",
    gs1CompanyReference: "61305",
    businessRegistrationNumber: "0602137825",
    storyVi:
      "HTX chăn nuôi và cung cấp thực phẩm sạch xã Hải Sơn liên kết các hộ nuôi gà đẻ trong xã, thống nhất cách chăm sóc đàn và thu gom trứng mỗi ngày. Năm 2020, trứng gà sạch Hải Sơn được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "The Hải Sơn clean-food livestock cooperative links the commune's laying-hen households, with one way of keeping the flocks and a daily egg collection. In 2020 Hải Sơn clean hen's eggs were registered in Hải Hậu's first round for provincial OCOP rating.",
  },
  {
    producerKey: "htx-hai-thanh",
    handle: "htx-chan-nuoi-thuy-san-hai-thanh",
    contactName: null,
    phone: "0228 3874 296",
    email: "htx-hai-thanh@example.vn",
    gs1CompanyReference: "61312",
    businessRegistrationNumber: "0602245316",
    storyVi:
      "HTX dịch vụ chăn nuôi - nuôi trồng thủy sản xã Hải Thanh hỗ trợ xã viên nuôi vịt và thủy sản, từ con giống, thức ăn đến tiêu thụ. Năm 2020, trứng vịt Hải Thanh được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "The Hải Thanh livestock and aquaculture services cooperative supports its members in raising ducks and fish, from young stock and feed to selling the harvest. In 2020 Hải Thanh duck eggs were registered in Hải Hậu's first round for provincial OCOP rating.",
  },
  {
    producerKey: "htx-duoc-lieu-hai-ninh",
    handle: "htx-duoc-lieu-hai-ninh",
    contactName: null,
    phone: "0228 3875 863",
    email: "htx-duoc-lieu-hai-ninh@example.vn",
    gs1CompanyReference: "61329",
    businessRegistrationNumber: "0602318607",
    storyVi:
      "HTX trồng cây dược liệu xã Hải Ninh trồng đinh lăng, loại cây vừa làm thuốc vừa làm rau ăn quen thuộc trong vườn nhà người Việt. Cây được thu hoạch, thái lát và sấy khô tại hợp tác xã. Năm 2020, đinh lăng sấy khô được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "The Hải Ninh medicinal plant cooperative grows đinh lăng (Polyscias fruticosa), a shrub found in many Vietnamese home gardens as both a herb and a leafy vegetable. The plants are harvested, sliced and dried at the cooperative. In 2020 dried đinh lăng was registered in Hải Hậu's first round for provincial OCOP rating.",
  },
  {
    producerKey: "vu-thi-nhieu",
    handle: "ho-kinh-doanh-vu-thi-nhieu",
    contactName: "Vũ Thị Nhiễu",
    phone: "0228 3878 029",
    email: "vu-thi-nhieu@example.vn",
    gs1CompanyReference: "61336",
    businessRegistrationNumber: "0602401953",
    storyVi:
      "Hộ kinh doanh Vũ Thị Nhiễu ở thị trấn Yên Định, trung tâm huyện Hải Hậu, làm bánh nướng và bánh dẻo theo công thức gia đình. Lò bánh đỏ lửa nhất vào mùa Trung thu, khi bánh được làm và bán mỗi ngày. Năm 2020, bánh nướng Yên Định và bánh dẻo Yên Định được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện.",
    storyEn:
      "Vũ Thị Nhiễu's household business in Yên Định, the district town of Hải Hậu, makes baked and sticky-rice mooncakes from a family recipe. The oven is busiest before the Mid-Autumn Festival, when cakes are made and sold every day. In 2020 Yên Định baked mooncakes and Yên Định sticky-rice mooncakes were registered in the district's first round for provincial OCOP rating.",
  },
  {
    producerKey: "htx-hai-tan",
    handle: "htx-dich-vu-nong-nghiep-hai-tan",
    contactName: null,
    phone: "0228 3873 318",
    email: "htx-hai-tan@example.vn",
    gs1CompanyReference: "61343",
    businessRegistrationNumber: "0602536184",
    storyVi:
      "HTX dịch vụ nông nghiệp Hải Tân cung ứng vật tư, hướng dẫn kỹ thuật và tìm đầu ra cho các vườn ổi của xã viên. Năm 2020, ổi lê Hải Tân được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "The Hải Tân agricultural services cooperative supplies its members' guava orchards with inputs and technical advice and finds buyers for the fruit. In 2020 Hải Tân pear guavas were registered in Hải Hậu's first round for provincial OCOP rating.",
  },
  {
    producerKey: "htx-tai-hoan",
    handle: "htx-tai-hoan",
    contactName: "Nguyễn Thị Hoan",
    phone: "0209 3884 126",
    email: "htx-tai-hoan@example.vn",
    gs1CompanyReference: "47011",
    businessRegistrationNumber: "4700286315",
    storyVi:
      "Gia đình chị Nguyễn Thị Hoan ở thôn Chè Cọ, xã Côn Minh, huyện Na Rì làm miến dong từ những năm 1960; năm 2018, nghề nhà trở thành HTX Tài Hoan do chị làm giám đốc. Hợp tác xã liên kết với khoảng 800 hộ trồng dong riềng để có đủ nguyên liệu quanh năm. Lô miến dong đầu tiên của HTX đã được xuất khẩu sang Cộng hòa Séc, lần đầu nông sản của Na Rì và của tỉnh Bắc Kạn tới được thị trường châu Âu.",
    storyEn:
      "Nguyễn Thị Hoan's family in Chè Cọ village, Côn Minh commune, Na Rì district, has made canna glass noodles since the 1960s; in 2018 the family craft became Tài Hoan Cooperative, with her as director. The cooperative works with about 800 contracted canna-growing households so that it has starch all year. Its first shipment of glass noodles went to the Czech Republic, the first time a farm product of Na Rì and of Bắc Kạn province reached a European market.",
  },
  {
    producerKey: "htx-tran-phu",
    handle: "htx-tran-phu",
    contactName: null,
    phone: "0209 3885 347",
    email: "htx-tran-phu@example.vn",
    gs1CompanyReference: "47028",
    businessRegistrationNumber: "4700312478",
    storyVi:
      "HTX Trần Phú ở xã Trần Phú, huyện Na Rì nuôi gà thả trên đồi, để gà tự kiếm ăn ngoài vườn đồi và ăn thêm thóc, ngô. Gà đồi Trần Phú là một trong những sản phẩm được huyện Na Rì nêu tên khi tổng kết Chương trình OCOP, với hạng 3 sao.",
    storyEn:
      "Trần Phú Cooperative in Trần Phú commune, Na Rì district, raises chickens that roam the hillside gardens, foraging and fed extra paddy rice and maize. Trần Phú hill chicken is one of the products Na Rì district names in its OCOP reports, rated 3 stars.",
  },
  {
    producerKey: "htx-huong-rung",
    handle: "htx-huong-rung",
    contactName: null,
    phone: "0973 481 620",
    email: "htx-huong-rung@example.vn",
    gs1CompanyReference: "47035",
    businessRegistrationNumber: "4700335291",
    storyVi:
      "HTX Hương Rừng ở xã Dương Sơn, huyện Na Rì khai thác mật ong từ những đàn ong nuôi ven rừng núi Na Rì. Mật được quay, lọc và đóng chai tại hợp tác xã. Mật ong rừng Hương Rừng đạt hạng OCOP 3 sao.",
    storyEn:
      "Hương Rừng Cooperative in Dương Sơn commune, Na Rì district, takes honey from bee colonies kept at the edge of Na Rì's forested hills. The honey is spun, strained and bottled at the cooperative. Hương Rừng forest honey is rated 3 stars under OCOP.",
  },
  {
    producerKey: "htx-cay-an-qua-yen-lac",
    handle: "htx-cay-an-qua-yen-lac",
    contactName: null,
    phone: "0209 3884 752",
    email: "htx-cay-an-qua-yen-lac@example.vn",
    gs1CompanyReference: "47042",
    businessRegistrationNumber: "4700351846",
    storyVi:
      "HTX trồng cây ăn quả thị trấn Yến Lạc, huyện Na Rì liên kết các vườn cam Đường Canh trong thị trấn, thống nhất cách chăm sóc, thu hái và đóng thùng. Cam Đường Canh của hợp tác xã đạt hạng OCOP 3 sao.",
    storyEn:
      "The Yến Lạc fruit-growing cooperative in Na Rì district links the town's Đường Canh orange orchards under one way of tending, picking and boxing the fruit. Its Đường Canh oranges are rated 3 stars under OCOP.",
  },
  {
    producerKey: "htx-viet-cuong",
    handle: "htx-viet-cuong",
    contactName: null,
    phone: "0982 364 157",
    email: "htx-viet-cuong@example.vn",
    gs1CompanyReference: "47059",
    businessRegistrationNumber: "4700368532",
    storyVi:
      "HTX Việt Cường ở huyện Na Rì làm miến dong Tân An từ củ dong riềng trồng trên đồi đất Na Rì, vùng có nghề miến dong lâu đời. Miến dong Tân An đạt hạng OCOP 3 sao.",
    storyEn:
      "Việt Cường Cooperative in Na Rì district makes Tân An glass noodles from canna grown on Na Rì's hillsides, an area with a long glass-noodle tradition. Tân An glass noodles are rated 3 stars under OCOP.",
  },
  {
    producerKey: "htx-duoc-lieu-bao-chau",
    handle: "htx-duoc-lieu-bao-chau",
    contactName: null,
    phone: "0209 3886 215",
    email: "htx-duoc-lieu-bao-chau@example.vn",
    gs1CompanyReference: "47066",
    businessRegistrationNumber: "4700379164",
    storyVi:
      "HTX dược liệu Bảo Châu ở xã Văn Lang, huyện Na Rì trồng và chế biến cây thuốc, trong đó có giảo cổ lam, loại dây leo ưa khí hậu mát của vùng núi phía Bắc. Trà Giảo cổ lam Bảo Châu đạt hạng OCOP 3 sao.",
    storyEn:
      "Bảo Châu Herbal Cooperative in Văn Lang commune, Na Rì district, grows and processes medicinal plants, among them jiaogulan (giảo cổ lam), a vine that thrives in the cool climate of the northern mountains. Bảo Châu jiaogulan tea is rated 3 stars under OCOP.",
  },
  {
    producerKey: "cu-do-phong-nga",
    handle: "co-so-keo-cu-do-phong-nga",
    contactName: null,
    phone: "0239 3856 472",
    email: "cu-do-phong-nga@example.vn",
    gs1CompanyReference: "30107",
    businessRegistrationNumber: "3001526847",
    storyVi:
      "Cơ sở sản xuất kẹo cu đơ Phong Nga ở xã Thạch Đài, thành phố Hà Tĩnh làm món kẹo mà người Hà Tĩnh mang theo làm quà mỗi lần đi xa. Mật mía, lạc và gừng được nấu quyện rồi kẹp giữa hai lớp bánh đa. Kẹo cu đơ Phong Nga đạt hạng OCOP 4 sao.",
    storyEn:
      "The Phong Nga cu đơ workshop in Thạch Đài commune, Hà Tĩnh city, makes the candy people from Hà Tĩnh bring as a gift whenever they travel. Sugarcane molasses, peanuts and ginger are cooked together and pressed between two rice crackers. Phong Nga cu đơ is rated 4 stars under OCOP.",
  },
  {
    producerKey: "htx-son-diem",
    handle: "htx-son-diem",
    contactName: null,
    phone: "0239 3875 604",
    email: "htx-son-diem@example.vn",
    gs1CompanyReference: "30114",
    businessRegistrationNumber: "3001613529",
    storyVi:
      "HTX Sơn Diệm ở xã Quang Diệm, huyện Hương Sơn, vùng nuôi hươu lấy nhung nổi tiếng của Hà Tĩnh, tập hợp các hộ nuôi hươu để cắt, sơ chế và tiêu thụ nhung. Năm 2025, nhung hươu Pantotrichum HS được huyện Hương Sơn công nhận sản phẩm OCOP 3 sao.",
    storyEn:
      "Sơn Diệm Cooperative in Quang Diệm commune, Hương Sơn district, Hà Tĩnh's well-known deer-farming area, brings deer-raising households together to harvest, prepare and sell velvet antler. In 2025 Hương Sơn district certified Pantotrichum HS deer velvet as a 3-star OCOP product.",
  },
  {
    producerKey: "newstar-van-don",
    handle: "cong-ty-tnhh-mtv-newstar",
    contactName: null,
    phone: "0203 3793 518",
    email: "newstar-van-don@example.vn",
    gs1CompanyReference: "57208",
    businessRegistrationNumber: "5702047381",
    storyVi:
      "Công ty TNHH MTV Newstar ở xã Đoàn Kết, huyện Vân Đồn (nay là đặc khu Vân Đồn, Quảng Ninh) làm nước mắm từ cá cơm và sá sùng đánh bắt trên vịnh Bái Tử Long. Chượp được phơi nắng, ủ từ 12 tháng trở lên trước khi rút mắm và dán nhãn từng chai. Nước mắm sá sùng Vân Đồn đạt hạng OCOP 4 sao.",
    storyEn:
      "Newstar Co., Ltd. in Đoàn Kết commune, Vân Đồn district (now the Vân Đồn special zone, Quảng Ninh), makes fish sauce from anchovies and sá sùng (peanut worms) caught in Bái Tử Long bay. The fish is fermented in the sun for 12 months or more before the sauce is drawn off and each bottle is labelled. Vân Đồn sá sùng fish sauce is rated 4 stars under OCOP.",
  },
]

/** Stand-ins for producers the facts do not name: each is flagged is_sample (the shop marks it "Chủ thể mẫu") and says so in its story. */
export const sampleProducers: SampleProducer[] = [
  {
    producerKey: "mau-htx-cam-bu-son-kim",
    nameVi: "HTX cam bù Sơn Kim",
    kind: "cooperative",
    addressAsIssued: "xã Sơn Kim 1, huyện Hương Sơn, tỉnh Hà Tĩnh",
    provinceCode: "42",
    communeCode: "18196",
    handle: "htx-cam-bu-son-kim-du-lieu-mau",
    contactName: "Nguyễn Văn Thắng",
    phone: "0963 258 417",
    email: "cam-bu-son-kim.mau@example.vn",
    gs1CompanyReference: "30121",
    businessRegistrationNumber: "3001702486",
    storyVi:
      "Đây là chủ thể mẫu do OCOP Market lập ra, vì bài viết về cam bù Hương Sơn không nêu tên người trồng. Hợp tác xã mẫu đại diện cho các nhà vườn ở vùng đồi Hương Sơn, nơi cam bù chín vào dịp Tết. Tên, địa chỉ và thông tin liên hệ đều là dữ liệu mẫu.",
    storyEn:
      "This is a sample producer created by OCOP Market, because the article about Hương Sơn cam bù oranges names no grower. The sample cooperative stands for the orchards of the Hương Sơn hills, where cam bù ripens in time for Tết. Its name, address and contact details are all sample data.",
  },
  {
    producerKey: "mau-htx-buoi-phuc-trach",
    nameVi: "HTX bưởi Phúc Trạch",
    kind: "cooperative",
    addressAsIssued: "xã Phúc Trạch, huyện Hương Khê, tỉnh Hà Tĩnh",
    provinceCode: "42",
    communeCode: "18547",
    handle: "htx-buoi-phuc-trach-du-lieu-mau",
    contactName: "Trần Thị Lan",
    phone: "0239 3871 265",
    email: "buoi-phuc-trach.mau@example.vn",
    gs1CompanyReference: "30138",
    businessRegistrationNumber: "3001718352",
    storyVi:
      "Đây là chủ thể mẫu do OCOP Market lập ra, vì bài viết về bưởi Phúc Trạch không nêu tên người trồng. Hợp tác xã mẫu đại diện cho các nhà vườn trong 19 xã của huyện Hương Khê thuộc vùng chỉ dẫn địa lý bưởi Phúc Trạch. Tên, địa chỉ và thông tin liên hệ đều là dữ liệu mẫu.",
    storyEn:
      "This is a sample producer created by OCOP Market, because the article about Phúc Trạch pomelos names no grower. The sample cooperative stands for the orchards in the 19 communes of Hương Khê district covered by the Phúc Trạch pomelo geographical indication. Its name, address and contact details are all sample data.",
  },
  {
    producerKey: "mau-ruou-mo-yen-tu",
    nameVi: "Công ty rượu mơ Yên Tử",
    kind: "enterprise",
    addressAsIssued: "xã Thượng Yên Công, thành phố Uông Bí, tỉnh Quảng Ninh",
    provinceCode: "22",
    communeCode: "06832",
    handle: "cong-ty-ruou-mo-yen-tu-du-lieu-mau",
    contactName: "Vũ Đức Minh",
    phone: "0203 3854 179",
    email: "ruou-mo-yen-tu.mau@example.vn",
    gs1CompanyReference: "57215",
    businessRegistrationNumber: "5702163940",
    storyVi:
      "Đây là chủ thể mẫu do OCOP Market lập ra, vì bài viết về rượu mơ Yên Tử không nêu tên cơ sở sản xuất. Công ty mẫu đại diện cho những người ngâm rượu từ quả mơ dưới chân núi Yên Tử. Tên, địa chỉ và thông tin liên hệ đều là dữ liệu mẫu.",
    storyEn:
      "This is a sample producer created by OCOP Market, because the article about Yên Tử apricot wine names no maker. The sample company stands for the makers who steep wine from the apricots grown at the foot of Yên Tử mountain. Its name, address and contact details are all sample data.",
  },
]
