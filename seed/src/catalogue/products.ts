/**
 * Sample listings for the 35 real products of data/ocop-facts.json: copy, pack sizes, sample prices
 * and stock, and sample certificates whose star (and, where given, date and issuer) is the fact.
 */
import type { SampleProductDetails } from "./types"

export const sampleProductDetails: SampleProductDetails[] = [
  {
    nameVi: "Thịt lợn mát",
    handle: "thit-lon-mat-bien-dong",
    titleEn: "Chilled pork",
    subtitleVi: "Thịt lợn tươi pha lóc, giữ mát 0–4 °C từ xưởng đến bếp",
    subtitleEn: "Fresh pork, cut and kept at 0–4 °C from workshop to kitchen",
    descriptionVi:
      "Thịt lợn được pha lóc, đóng khay và làm mát ở 0–4 °C ngay sau giết mổ nên giữ được màu hồng tươi và độ mềm. Dùng để luộc, rang, kho hay nấu canh như thịt mua chợ sáng. Bảo quản ngăn mát tủ lạnh, dùng trong 3 ngày; chưa dùng ngay thì chia phần và cho vào ngăn đá.",
    descriptionEn:
      "The pork is cut, packed in trays and chilled to 0–4 °C right after slaughter, so it stays pink and tender. Boil, stir-fry, braise or add it to soups just as you would with meat from the morning market. Keep it in the fridge and use within 3 days, or portion and freeze what you will not cook soon.",
    storyVi:
      "Thịt lợn mát là một trong hai sản phẩm của Công ty TNHH Biển Đông DHC ở xã Hải Nam, huyện Hải Hậu. Thay vì bày bán ở nhiệt độ ngoài trời, thịt được hạ nhiệt ngay sau khi pha lóc và giữ lạnh suốt đường đi. Cách làm này giúp thịt ít bị nhiễm khuẩn hơn trong khí hậu nóng ẩm của vùng ven biển. Năm 2020, sản phẩm được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu, trong số 26 sản phẩm của 14 cơ sở đăng ký đợt này.",
    storyEn:
      "Chilled pork is one of two products from Biển Đông DHC Co., Ltd. in Hải Nam commune, Hải Hậu district. Rather than being laid out at air temperature, the meat is cooled as soon as it is cut and kept cold all the way. That keeps it cleaner in the hot, humid climate of the coast. In 2020 it was registered in Hải Hậu's first round for provincial OCOP rating, one of 26 products from 14 producers registered in that round.",
    variants: [
      { titleVi: "Khay 500 g", titleEn: "500 g tray", priceVnd: 79000, stock: 60, itemReference: 11, weightGrams: 540 },
      { titleVi: "Khay 1 kg", titleEn: "1 kg tray", priceVnd: 155000, stock: 40, itemReference: 12, weightGrams: 1060 },
    ],
    certificates: [],
  },
  {
    nameVi: "Thịt lợn đông lạnh",
    handle: "thit-lon-dong-lanh-bien-dong",
    titleEn: "Frozen pork",
    subtitleVi: "Thịt lợn cấp đông sâu, tiện trữ trong tủ đá",
    subtitleEn: "Deep-frozen pork, easy to keep in the freezer",
    descriptionVi:
      "Thịt lợn được pha lóc, đóng túi hút chân không và cấp đông sâu ngay tại xưởng. Rã đông trong ngăn mát tủ lạnh từ tối hôm trước rồi chế biến như thịt tươi. Bảo quản ở −18 °C trở xuống; đã rã đông thì không cấp đông lại.",
    descriptionEn:
      "The pork is cut, vacuum-packed and deep-frozen at the workshop. Thaw it in the fridge overnight and cook it as you would fresh meat. Keep at −18 °C or colder; do not refreeze once thawed.",
    storyVi:
      "Thịt lợn đông lạnh là sản phẩm thứ hai Công ty TNHH Biển Đông DHC ở xã Hải Nam, huyện Hải Hậu đăng ký tham gia Chương trình OCOP. Sản phẩm dành cho bếp ăn, quán ăn và những gia đình muốn trữ thịt dài ngày. Thịt được cấp đông ngay sau khi pha lóc để giữ chất lượng như lúc mới làm. Năm 2020, sản phẩm được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Frozen pork is the second product Biển Đông DHC Co., Ltd. of Hải Nam commune, Hải Hậu district, entered in the OCOP programme. It is meant for canteens, eateries and families who like to keep meat in stock. The meat is frozen straight after cutting so it keeps the quality it had when fresh. In 2020 it was registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Túi 1 kg", titleEn: "1 kg bag", priceVnd: 125000, stock: 80, itemReference: 21, weightGrams: 1030 },
      { titleVi: "Thùng 5 kg", titleEn: "5 kg carton", priceVnd: 600000, stock: 25, itemReference: 22, weightGrams: 5300 },
    ],
    certificates: [],
  },
  {
    nameVi: "Giò gân Phúc Thuận",
    handle: "gio-gan-phuc-thuan",
    titleEn: "Phúc Thuận pork and tendon roll",
    subtitleVi: "Giò gân gói lá chuối, giòn sần sật",
    subtitleEn: "Pork roll with tendon, wrapped in banana leaves, pleasantly crunchy",
    descriptionVi:
      "Giò gân làm từ thịt lợn tươi và phần gân, bì thái mỏng, gói chặt trong lá chuối rồi luộc chín, khi cắt ra có vân đẹp và ăn giòn sần sật. Bóc lá, thái lát ăn kèm bánh chưng, xôi, bánh mì hay chấm nước mắm tiêu. Bảo quản ngăn mát, dùng trong 5 ngày.",
    descriptionEn:
      "This pork roll is made from fresh pork with thinly sliced tendon and skin, wrapped tightly in banana leaves and boiled, so each slice shows a marbled pattern and has a pleasant crunch. Unwrap, slice and serve with bánh chưng, sticky rice or bread, or dip in fish sauce with black pepper. Keep refrigerated and eat within 5 days.",
    storyVi:
      "Giò là món không thể thiếu trên mâm cỗ Tết và giỗ chạp của người Nam Định. Cơ sở sản xuất giò Phúc Thuận ở xã Hải Hưng, huyện Hải Hậu làm giò từ thịt lợn mua trong ngày, gói lá chuối và luộc theo cách thủ công. Phần gân và bì được thêm vào để cây giò có độ giòn riêng. Năm 2020, giò gân Phúc Thuận được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Giò, Vietnamese pork roll, is a must on the Tết and memorial-day tables of Nam Định. The Phúc Thuận workshop in Hải Hưng commune, Hải Hậu district, makes it from pork bought that day, wrapped in banana leaves and boiled by hand. Tendon and skin are added to give this roll its own crunch. In 2020 Phúc Thuận giò gân was registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Cây 500 g", titleEn: "500 g roll", priceVnd: 140000, stock: 40, itemReference: 11, weightGrams: 560 },
      { titleVi: "Cây 1 kg", titleEn: "1 kg roll", priceVnd: 270000, stock: 25, itemReference: 12, weightGrams: 1080 },
    ],
    certificates: [],
  },
  {
    nameVi: "Dây thìa canh sấy khô",
    handle: "day-thia-canh-say-kho-hai-loc",
    titleEn: "Dried gymnema vine",
    subtitleVi: "Dây thìa canh thái khúc, sấy khô để hãm nước uống",
    subtitleEn: "Gymnema vine, cut and dried for brewing",
    descriptionVi:
      "Thân và lá dây thìa canh được thu hái, rửa sạch, cắt khúc và sấy khô. Mỗi ngày hãm khoảng 20–30 g với nước sôi hoặc đun sôi nhẹ 10 phút, uống thay nước trong ngày. Sản phẩm không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh. Bảo quản nơi khô ráo, buộc kín túi sau khi mở.",
    descriptionEn:
      "Gymnema stems and leaves are picked, washed, cut and dried. Steep about 20–30 g a day in boiling water, or simmer for 10 minutes, and drink it through the day. This product is not a medicine and does not replace medical treatment. Store dry and close the bag well after opening.",
    storyVi:
      "Dây thìa canh là loại dây leo mà người Việt dùng trong kinh nghiệm dân gian từ lâu. HTX trồng cây dược liệu xã Hải Lộc, huyện Hải Hậu đưa cây vào trồng tập trung để xã viên có nguồn thu ổn định. Dây được thu hái khi đủ tuổi, sơ chế và sấy khô ngay tại hợp tác xã để giữ màu xanh và mùi thơm. Năm 2020, sản phẩm được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Gymnema (dây thìa canh) is a climbing vine that has long had a place in Vietnamese folk remedies. The Hải Lộc medicinal plant cooperative in Hải Hậu district grows it in dedicated plots so that its members have a steady income. The vines are harvested when mature, then cleaned and dried at the cooperative to keep their green colour and scent. In 2020 the product was registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Túi 500 g", titleEn: "500 g bag", priceVnd: 110000, stock: 70, itemReference: 11, weightGrams: 530 },
      { titleVi: "Túi 1 kg", titleEn: "1 kg bag", priceVnd: 200000, stock: 40, itemReference: 12, weightGrams: 1040 },
    ],
    certificates: [],
  },
  {
    nameVi: "Nước mắm Hải Dương",
    handle: "nuoc-mam-hai-duong",
    titleEn: "Hải Dương fish sauce",
    subtitleVi: "Nước mắm cá ủ chượp truyền thống vùng biển Hải Hậu",
    subtitleEn: "Traditionally fermented fish sauce from the Hải Hậu coast",
    descriptionVi:
      "Nước mắm được ủ từ cá biển và muối theo cách truyền thống, màu cánh gián, vị mặn đậm rồi ngọt hậu. Dùng pha nước chấm, ướp thịt cá hoặc nêm canh. Đậy kín nắp, để nơi thoáng mát, tránh ánh nắng trực tiếp; vài hạt muối kết tinh dưới đáy chai là hiện tượng tự nhiên.",
    descriptionEn:
      "This fish sauce is fermented from sea fish and salt in the traditional way: amber-brown, strongly salty with a sweet finish. Use it for dipping sauces, marinades or to season soups. Keep the cap tight and the bottle in a cool place out of direct sun; a few salt crystals at the bottom are natural.",
    storyVi:
      "Hải Hậu có bờ biển dài và nghề làm nước mắm gắn với nhiều làng chài. Hộ kinh doanh Nguyễn Văn Dương ở xã Hải Triều làm nước mắm theo cách ủ chượp truyền thống, để cá và muối tự lên men trong chum, thùng qua nhiều tháng. Mắm chín được lọc, để lắng rồi mới đóng chai. Năm 2020, nước mắm Hải Dương được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Hải Hậu has a long coastline, and fish-sauce making belongs to many of its fishing villages. Nguyễn Văn Dương's household business in Hải Triều commune ferments fish and salt the traditional way, leaving them to ferment in jars and vats for many months. The finished sauce is filtered and left to settle before it is bottled. In 2020 Hải Dương fish sauce was registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Chai 500 ml", titleEn: "500 ml bottle", priceVnd: 60000, stock: 120, itemReference: 11, weightGrams: 780 },
      { titleVi: "Chai 1 lít", titleEn: "1 litre bottle", priceVnd: 110000, stock: 80, itemReference: 12, weightGrams: 1450 },
    ],
    certificates: [],
  },
  {
    nameVi: "Mắm tôm Hải Dương",
    handle: "mam-tom-hai-duong",
    titleEn: "Hải Dương shrimp paste",
    subtitleVi: "Mắm tôm ủ chín, thơm đậm, dùng chấm và nấu",
    subtitleEn: "Fully fermented shrimp paste for dips and cooking",
    descriptionVi:
      "Mắm tôm được làm từ tôm nhỏ và muối, xay mịn rồi ủ chín, màu tím hồng, mùi thơm đặc trưng. Pha với chanh, đường, ớt và chút rượu trắng để chấm bún đậu, thịt luộc, hoặc dùng nấu bún riêu, nêm canh. Đậy kín nắp, để ngăn mát tủ lạnh sau khi mở.",
    descriptionEn:
      "This shrimp paste is made from small shrimp and salt, ground fine and fully fermented: purplish pink with its characteristic aroma. Whisk it with lime, sugar, chilli and a splash of rice spirit as a dip for tofu and noodles or boiled pork, or use it in crab noodle soup and broths. Keep the lid tight and refrigerate after opening.",
    storyVi:
      "Mắm tôm là sản phẩm thứ hai của hộ kinh doanh Nguyễn Văn Dương ở xã Hải Triều, huyện Hải Hậu. Tôm được rửa sạch, trộn muối, giã hoặc xay mịn rồi phơi, ủ cho tới khi lên màu và dậy mùi. Cách làm kiên nhẫn ấy giúp mắm có vị đậm mà không gắt. Năm 2020, mắm tôm Hải Dương được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Shrimp paste is the second product of Nguyễn Văn Dương's household business in Hải Triều commune, Hải Hậu district. The shrimp are washed, salted, pounded or ground fine, then sunned and fermented until the colour and aroma develop. That patient process gives a deep flavour without harshness. In 2020 Hải Dương shrimp paste was registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Hũ 250 g", titleEn: "250 g jar", priceVnd: 30000, stock: 100, itemReference: 21, weightGrams: 380 },
      { titleVi: "Hũ 500 g", titleEn: "500 g jar", priceVnd: 55000, stock: 60, itemReference: 22, weightGrams: 700 },
    ],
    certificates: [],
  },
  {
    nameVi: "Muối sạch Vạn Ninh",
    handle: "muoi-sach-van-ninh",
    titleEn: "Vạn Ninh clean sea salt",
    subtitleVi: "Muối biển Hải Hậu đã làm sạch, hạt trắng",
    subtitleEn: "Cleaned Hải Hậu sea salt, white crystals",
    descriptionVi:
      "Muối biển được rửa sạch tạp chất, phơi khô và đóng gói, hạt trắng, vị mặn thuần. Dùng nêm nếm hằng ngày, muối dưa cà, ướp thực phẩm hoặc ngâm rửa rau quả. Để nơi khô ráo, buộc kín túi để muối không bị chảy nước.",
    descriptionEn:
      "Sea salt washed free of impurities, dried and packed: white crystals with a clean salty taste. Use it for everyday seasoning, pickling, curing or soaking vegetables. Keep it dry and the bag closed so the salt does not draw moisture.",
    storyVi:
      "Nghề làm muối là một phần quen thuộc của đời sống vùng ven biển Hải Hậu. Công ty TNHH Vạn Ninh ở xã Hải Đông thu mua muối của diêm dân trong vùng, rửa sạch, làm khô và đóng gói để muối quê vào được siêu thị và cửa hàng. Năm 2020, muối sạch Vạn Ninh được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Salt making is a familiar part of life on the Hải Hậu coast. Vạn Ninh Co., Ltd. in Hải Đông commune buys salt from local salt farmers, washes, dries and packs it so that village salt can reach supermarkets and shops. In 2020 Vạn Ninh clean salt was registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Gói 500 g", titleEn: "500 g bag", priceVnd: 8000, stock: 300, itemReference: 11, weightGrams: 510 },
      { titleVi: "Gói 1 kg", titleEn: "1 kg bag", priceVnd: 14000, stock: 200, itemReference: 12, weightGrams: 1015 },
    ],
    certificates: [],
  },
  {
    nameVi: "Muối I-ốt Vạn Ninh",
    handle: "muoi-i-ot-van-ninh",
    titleEn: "Vạn Ninh iodised salt",
    subtitleVi: "Muối biển sạch có bổ sung i-ốt cho bữa ăn gia đình",
    subtitleEn: "Clean sea salt with added iodine for family meals",
    descriptionVi:
      "Muối biển sạch được bổ sung i-ốt, hạt nhỏ đều, tiện nêm nếm hằng ngày. Nên cho muối vào món ăn khi sắp tắt bếp để giữ i-ốt. Để nơi khô ráo, tránh ánh nắng, buộc kín túi sau khi dùng.",
    descriptionEn:
      "Clean sea salt with added iodine, in small even grains for everyday seasoning. Add it near the end of cooking to keep the iodine. Store dry, out of the sun, and close the bag after use.",
    storyVi:
      "Bên cạnh muối sạch, Công ty TNHH Vạn Ninh ở xã Hải Đông, huyện Hải Hậu làm muối i-ốt từ cùng nguồn muối biển của diêm dân trong vùng. Muối i-ốt là gia vị thiết yếu trong bếp của mọi gia đình, nên công ty đóng gói nhỏ gọn để tiện mua dùng hằng ngày. Năm 2020, muối I-ốt Vạn Ninh được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Alongside clean salt, Vạn Ninh Co., Ltd. in Hải Đông commune, Hải Hậu district, makes iodised salt from the same local sea salt. Iodised salt is a staple in every family kitchen, so the company packs it in small bags for everyday buying. In 2020 Vạn Ninh iodised salt was registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Gói 500 g", titleEn: "500 g bag", priceVnd: 7000, stock: 300, itemReference: 21, weightGrams: 510 },
      { titleVi: "Gói 1 kg", titleEn: "1 kg bag", priceVnd: 12000, stock: 250, itemReference: 22, weightGrams: 1015 },
    ],
    certificates: [],
  },
  {
    nameVi: "Nước mắm Thoa Định",
    handle: "nuoc-mam-thoa-dinh",
    titleEn: "Thoa Định fish sauce",
    subtitleVi: "Nước mắm cá biển ủ chượp của vùng biển Hải Lý",
    subtitleEn: "Sea-fish sauce fermented on the Hải Lý coast",
    descriptionVi:
      "Nước mắm ủ từ cá biển và muối, màu nâu cánh gián, mùi thơm, vị mặn dịu và ngọt hậu. Dùng chấm trực tiếp, pha nước chấm chua ngọt hoặc nêm nếm món kho, món xào. Đậy kín nắp, để nơi thoáng mát, tránh ánh nắng trực tiếp.",
    descriptionEn:
      "Fish sauce fermented from sea fish and salt: amber-brown, fragrant, gently salty with a sweet finish. Use it straight as a dip, in sweet-and-sour dipping sauce, or to season braises and stir-fries. Keep the cap tight and the bottle in a cool place out of direct sun.",
    storyVi:
      "Hải Lý là xã ven biển của huyện Hải Hậu, nơi nhiều gia đình sống bằng nghề biển. Hộ kinh doanh Phạm Thị Thoa làm nước mắm Thoa Định từ cá do ngư dân địa phương đánh bắt, trộn muối và ủ chượp trong nhiều tháng. Mắm được lọc trong rồi đóng chai tại cơ sở. Năm 2020, nước mắm Thoa Định được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Hải Lý is a coastal commune of Hải Hậu district where many families live from the sea. Phạm Thị Thoa's household business makes Thoa Định fish sauce from fish landed by local fishermen, salted and fermented for many months. The sauce is filtered clear and bottled on site. In 2020 Thoa Định fish sauce was registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Chai 500 ml", titleEn: "500 ml bottle", priceVnd: 55000, stock: 120, itemReference: 11, weightGrams: 780 },
      { titleVi: "Can 2 lít", titleEn: "2 litre jug", priceVnd: 190000, stock: 40, itemReference: 12, weightGrams: 2550 },
    ],
    certificates: [],
  },
  {
    nameVi: "Mắm tôm Thoa Định",
    handle: "mam-tom-thoa-dinh",
    titleEn: "Thoa Định shrimp paste",
    subtitleVi: "Mắm tôm làm từ tôm biển Hải Lý",
    subtitleEn: "Shrimp paste from Hải Lý sea shrimp",
    descriptionVi:
      "Mắm tôm làm từ tôm nhỏ và muối, xay mịn và ủ chín, sánh mịn, màu tím hồng. Đánh tan với chanh, đường, ớt để chấm bún đậu, chả rươi, thịt luộc, hoặc dùng nấu bún riêu, canh cua. Đậy kín nắp, để ngăn mát tủ lạnh sau khi mở.",
    descriptionEn:
      "Shrimp paste made from small shrimp and salt, ground fine and fully fermented: smooth and purplish pink. Whisk it with lime, sugar and chilli as a dip for tofu and noodles, fried patties or boiled pork, or use it in crab soups and noodle broths. Keep the lid tight and refrigerate after opening.",
    storyVi:
      "Cùng với nước mắm, hộ kinh doanh Phạm Thị Thoa ở xã Hải Lý, huyện Hải Hậu làm mắm tôm từ tôm biển đánh bắt ven bờ. Tôm được trộn muối, xay mịn, phơi nắng và ủ cho tới khi mắm chín đều. Mắm tôm Thoa Định được đóng hũ nhỏ để tiện dùng trong bếp gia đình. Năm 2020, sản phẩm được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Besides fish sauce, Phạm Thị Thoa's household business in Hải Lý commune, Hải Hậu district, makes shrimp paste from shrimp caught near the shore. The shrimp are salted, ground, sunned and fermented until evenly ripe. Thoa Định shrimp paste is packed in small jars for home kitchens. In 2020 it was registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Hũ 250 g", titleEn: "250 g jar", priceVnd: 28000, stock: 100, itemReference: 21, weightGrams: 380 },
      { titleVi: "Hũ 500 g", titleEn: "500 g jar", priceVnd: 52000, stock: 60, itemReference: 22, weightGrams: 700 },
    ],
    certificates: [],
  },
  {
    nameVi: "Rượu nếp Hải Châu",
    handle: "ruou-nep-hai-chau",
    titleEn: "Hải Châu glutinous rice spirit",
    subtitleVi: "Rượu trắng nấu từ gạo nếp, ủ men truyền thống",
    subtitleEn: "Clear spirit distilled from glutinous rice with traditional yeast",
    descriptionVi:
      "Rượu nếp được nấu từ gạo nếp ủ men rồi chưng cất, trong, thơm mùi nếp, êm và ngọt hậu. Dùng trong mâm cỗ, biếu tặng hoặc ngâm quả. Để nơi thoáng mát, đậy kín nút. Sản phẩm có cồn, không bán cho người dưới 18 tuổi; đã uống rượu, bia thì không lái xe.",
    descriptionEn:
      "A clear spirit distilled from fermented glutinous rice: fragrant of sticky rice, smooth with a sweet finish. Serve it at family feasts, give it as a gift or use it to steep fruit. Store cool with the stopper tight. Contains alcohol; not sold to anyone under 18, and never drink and drive.",
    storyVi:
      "Ở nông thôn Nam Định, rượu nếp nhà nấu luôn có mặt trong ngày Tết, ngày giỗ và những cuộc vui. Hộ kinh doanh Trần Văn Tuyến ở xã Hải Châu, huyện Hải Hậu nấu rượu từ gạo nếp của đồng ruộng quê nhà, ủ men rồi chưng cất theo cách của các lò rượu gia đình. Rượu được để lắng một thời gian cho êm trước khi đóng chai. Năm 2020, rượu nếp Hải Châu được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "In rural Nam Định, home-distilled rice spirit is always there for Tết, memorial days and celebrations. Trần Văn Tuyến's household business in Hải Châu commune, Hải Hậu district, makes it from glutinous rice grown in local fields, fermented with yeast cakes and distilled the way family stills do. The spirit is left to rest for a while to mellow before bottling. In 2020 Hải Châu rice spirit was registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Chai 500 ml", titleEn: "500 ml bottle", priceVnd: 65000, stock: 80, itemReference: 11, weightGrams: 850 },
      { titleVi: "Can 2 lít", titleEn: "2 litre jug", priceVnd: 220000, stock: 30, itemReference: 12, weightGrams: 2200 },
    ],
    certificates: [],
  },
  {
    nameVi: "Miến dong Phiến Đượm",
    handle: "mien-dong-phien-duom",
    titleEn: "Phiến Đượm canna glass noodles",
    subtitleVi: "Miến dong làm thủ công ở Hải Hậu, sợi dai, không bở",
    subtitleEn: "Hand-made canna glass noodles from Hải Hậu, chewy and firm",
    descriptionVi:
      "Miến làm từ tinh bột dong riềng, sợi nhỏ màu ngà, khi nấu trong và dai. Ngâm nước lạnh 5–10 phút cho mềm rồi trụng qua nước sôi, dùng nấu miến gà, miến lươn, xào hoặc làm nhân nem. Để nơi khô ráo, thoáng mát, tránh ẩm.",
    descriptionEn:
      "Glass noodles made from canna starch: fine, ivory strands that turn clear and chewy when cooked. Soak in cold water for 5–10 minutes, blanch in boiling water, then use in chicken or eel noodle soup, stir-fries or spring-roll fillings. Keep in a cool, dry place away from damp.",
    storyVi:
      "Miến dong là món quen trong bữa cơm ngày Tết của người đồng bằng Bắc Bộ. Hộ kinh doanh Trần Văn Phiến ở xã Hải Minh, huyện Hải Hậu làm miến thủ công: tinh bột dong được tráng thành bánh mỏng, hấp chín, phơi se rồi thái sợi và phơi khô. Mỗi công đoạn đều phụ thuộc vào nắng, nên miến ngon nhất vào những ngày hanh khô. Năm 2020, miến dong Phiến Đượm được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Glass noodles are a familiar dish at Tết meals across the northern delta. Trần Văn Phiến's household business in Hải Minh commune, Hải Hậu district, makes them by hand: canna starch is spread into thin sheets, steamed, partly dried, cut into strands and dried again. Every step depends on the sun, so the best batches come on dry, clear days. In 2020 Phiến Đượm glass noodles were registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Gói 500 g", titleEn: "500 g pack", priceVnd: 45000, stock: 150, itemReference: 11, weightGrams: 520 },
      { titleVi: "Gói 1 kg", titleEn: "1 kg pack", priceVnd: 85000, stock: 90, itemReference: 12, weightGrams: 1030 },
    ],
    certificates: [],
  },
  {
    nameVi: "Bánh nhãn Tết Vua",
    handle: "banh-nhan-tet-vua",
    titleEn: "Tết Vua longan cakes",
    subtitleVi: "Bánh nhãn Hải Hậu: viên nhỏ bằng quả nhãn, giòn xốp, ngọt thơm",
    subtitleEn: "Hải Hậu longan cakes: longan-sized balls, crisp, sweet and fragrant",
    descriptionVi:
      "Bánh làm từ bột gạo nếp, trứng, đường và mỡ lợn, vo thành viên nhỏ bằng quả nhãn rồi rán vàng, phủ một lớp đường mỏng. Bánh giòn xốp, ăn kèm chén trà nóng hoặc bày mâm ngũ quả ngày Tết. Buộc kín túi sau khi mở, để nơi khô ráo để bánh giữ độ giòn.",
    descriptionEn:
      "Made from glutinous rice flour, egg, sugar and lard, rolled into balls the size of a longan, fried golden and finished with a thin sugar coat. Crisp and light, they go with a cup of hot tea or on the Tết offering tray. Close the bag after opening and keep dry so the cakes stay crisp.",
    storyVi:
      "Bánh nhãn là đặc sản của Hải Hậu, gắn với phố Đông Biên và làng Đông Cường ở thị trấn Yên Định, nơi nhiều gia đình giữ nghề qua nhiều thế hệ. Bột gạo nếp được nhào cùng trứng, đường và mỡ lợn, vo tay thành những viên bánh nhỏ bằng quả nhãn nên mới có tên gọi như vậy. Bánh được rán lửa vừa cho chín đều, rồi áo một lớp đường trắng. Hộ kinh doanh Lưu Liên Phương ở xã Hải Bắc làm bánh nhãn mang tên Tết Vua. Năm 2020, sản phẩm được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Bánh nhãn is a Hải Hậu speciality that belongs to Đông Biên street and Đông Cường village in Yên Định town, where many families have kept the craft for generations. Glutinous rice flour is kneaded with egg, sugar and lard and rolled by hand into little balls the size of a longan, which is where the name comes from. They are fried over a moderate flame to cook through, then coated in white sugar. Lưu Liên Phương's household business in Hải Bắc commune makes them under the Tết Vua name. In 2020 the product was registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Gói 200 g", titleEn: "200 g bag", priceVnd: 30000, stock: 120, itemReference: 11, weightGrams: 215 },
      { titleVi: "Hộp 500 g", titleEn: "500 g box", priceVnd: 70000, stock: 80, itemReference: 12, weightGrams: 560 },
    ],
    certificates: [],
  },
  {
    nameVi: "Trà nhân trần",
    handle: "tra-nhan-tran-hai-hau",
    titleEn: "Nhân trần herbal tea",
    subtitleVi: "Trà túi lọc nhân trần, thức uống thanh mát hằng ngày",
    subtitleEn: "Nhân trần herbal tea bags, a refreshing everyday drink",
    descriptionVi:
      "Cây nhân trần được sấy khô, nghiền và đóng túi lọc, nước trà màu vàng nâu, thơm nhẹ. Hãm một túi với 150–200 ml nước sôi trong 5 phút, uống nóng hoặc để nguội thêm đá. Bảo quản nơi khô ráo, đậy kín hộp sau khi mở.",
    descriptionEn:
      "Nhân trần (Adenosma) is dried, ground and packed in tea bags; it brews a golden-brown, lightly fragrant tea. Steep one bag in 150–200 ml of boiling water for 5 minutes and drink it hot, or cool it and pour over ice. Store dry and close the box after opening.",
    storyVi:
      "Nước nhân trần là thức uống giải khát quen thuộc của người Việt, nhất là trong những ngày hè oi nóng. Công ty CP Dược liệu Hải Hậu, thành lập năm 2018 tại xã Hải Phương, là đơn vị đầu tiên trong huyện đưa trà dược liệu vào túi lọc. Nhờ đó, món nước nấu nồi của các bà, các mẹ trở thành gói trà nhỏ gọn, pha trong vài phút. Năm 2020, trà nhân trần được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Nhân trần tea is a familiar Vietnamese thirst-quencher, especially in the hot, humid days of summer. Hải Hậu Herbal JSC, founded in 2018 in Hải Phương commune, was the first in the district to put herbal tea into tea bags. So the big pot our grandmothers used to brew became a small bag ready in a few minutes. In 2020 nhân trần tea was registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Hộp 25 túi lọc", titleEn: "Box of 25 tea bags", priceVnd: 45000, stock: 150, itemReference: 11, weightGrams: 90 },
      { titleVi: "Hộp 50 túi lọc", titleEn: "Box of 50 tea bags", priceVnd: 85000, stock: 80, itemReference: 12, weightGrams: 170 },
    ],
    certificates: [],
  },
  {
    nameVi: "Trà gừng đen",
    handle: "tra-gung-den-hai-hau",
    titleEn: "Black ginger tea",
    subtitleVi: "Trà túi lọc gừng đen, vị cay ấm",
    subtitleEn: "Black ginger tea bags with a warm, spicy taste",
    descriptionVi:
      "Củ gừng đen được thái lát, sấy khô, nghiền và đóng túi lọc, nước trà vị cay ấm, thơm dịu. Hãm một túi với 150–200 ml nước sôi trong 5–7 phút; có thể thêm mật ong hoặc lát chanh. Bảo quản nơi khô ráo, đậy kín hộp sau khi mở.",
    descriptionEn:
      "Black ginger root is sliced, dried, ground and packed in tea bags; the tea is warm, spicy and gently fragrant. Steep one bag in 150–200 ml of boiling water for 5–7 minutes; add honey or a slice of lime if you like. Store dry and close the box after opening.",
    storyVi:
      "Trà gừng đen là một trong bốn sản phẩm trà túi lọc của Công ty CP Dược liệu Hải Hậu ở xóm 2, xã Hải Phương. Công ty thành lập năm 2018 và là đơn vị đầu tiên trong huyện làm trà dược liệu dạng túi lọc. Gừng được sơ chế và sấy ngay tại xưởng để giữ vị cay và mùi thơm. Năm 2020, trà gừng đen được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Black ginger tea is one of four tea-bag products from Hải Hậu Herbal JSC in hamlet 2, Hải Phương commune. Founded in 2018, the company was the first in the district to make herbal tea in tea bags. The ginger is prepared and dried in its own workshop to keep its heat and aroma. In 2020 black ginger tea was registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Hộp 20 túi lọc", titleEn: "Box of 20 tea bags", priceVnd: 55000, stock: 120, itemReference: 21, weightGrams: 80 },
    ],
    certificates: [],
  },
  {
    nameVi: "Trà hoạt huyết dưỡng não",
    handle: "tra-hoat-huyet-duong-nao-hai-hau",
    titleEn: "Hoạt huyết dưỡng não herbal tea",
    subtitleVi: "Trà túi lọc phối hợp nhiều vị dược liệu",
    subtitleEn: "Tea bags blended from several medicinal herbs",
    descriptionVi:
      "Trà túi lọc phối hợp nhiều vị dược liệu sấy khô; thành phần và hướng dẫn dùng ghi đầy đủ trên bao bì. Hãm một túi với 150–200 ml nước sôi trong 5–7 phút, uống trong ngày. Sản phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh. Bảo quản nơi khô ráo, tránh ánh nắng.",
    descriptionEn:
      "Tea bags blending several dried medicinal herbs; the full ingredients and directions are printed on the box. Steep one bag in 150–200 ml of boiling water for 5–7 minutes and drink it during the day. This product is not a medicine and does not replace medical treatment. Store dry, out of the sun.",
    storyVi:
      "Trà hoạt huyết dưỡng não được Công ty CP Dược liệu Hải Hậu phối chế từ các vị dược liệu theo kinh nghiệm y học cổ truyền. Công ty thành lập năm 2018 tại xóm 2, xã Hải Phương và là đơn vị đầu tiên trong huyện làm trà dược liệu dạng túi lọc. Các vị thuốc được sấy, nghiền và cân theo tỷ lệ trước khi đóng túi. Năm 2020, sản phẩm được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Hoạt huyết dưỡng não tea is blended by Hải Hậu Herbal JSC from herbs used in traditional Vietnamese medicine. The company was founded in 2018 in hamlet 2, Hải Phương commune, and was the first in the district to make herbal tea in tea bags. Each herb is dried, ground and weighed to the recipe before bagging. In 2020 the tea was registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Hộp 25 túi lọc", titleEn: "Box of 25 tea bags", priceVnd: 65000, stock: 100, itemReference: 31, weightGrams: 95 },
    ],
    certificates: [],
  },
  {
    nameVi: "Trà Silymarin",
    handle: "tra-silymarin-hai-hau",
    titleEn: "Silymarin herbal tea",
    subtitleVi: "Trà túi lọc dược liệu mang tên hoạt chất silymarin",
    subtitleEn: "Herbal tea bags named after the compound silymarin",
    descriptionVi:
      "Trà túi lọc từ các vị dược liệu sấy khô, mang tên silymarin, hoạt chất có trong cây kế sữa; thành phần ghi đầy đủ trên bao bì. Hãm một túi với 150–200 ml nước sôi trong 5–7 phút. Sản phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh. Bảo quản nơi khô ráo, đậy kín hộp.",
    descriptionEn:
      "Tea bags of dried medicinal herbs, named after silymarin, a compound found in milk thistle; the full ingredients are printed on the box. Steep one bag in 150–200 ml of boiling water for 5–7 minutes. This product is not a medicine and does not replace medical treatment. Store dry and keep the box closed.",
    storyVi:
      "Trà Silymarin là sản phẩm thứ tư trong dòng trà túi lọc của Công ty CP Dược liệu Hải Hậu. Từ khi thành lập năm 2018 tại xã Hải Phương, công ty đã là đơn vị đầu tiên trong huyện đưa dược liệu vào túi lọc. Sản phẩm hướng tới những người muốn có một thức uống thảo mộc tiện pha ở nhà hay nơi làm việc. Năm 2020, trà Silymarin được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Silymarin tea is the fourth in the tea-bag range of Hải Hậu Herbal JSC. Since it was founded in 2018 in Hải Phương commune, the company has been the first in the district to put herbs into tea bags. This tea is for people who want a herbal drink that is easy to make at home or at work. In 2020 Silymarin tea was registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Hộp 25 túi lọc", titleEn: "Box of 25 tea bags", priceVnd: 70000, stock: 100, itemReference: 41, weightGrams: 95 },
    ],
    certificates: [],
  },
  {
    nameVi: "Trứng gà sạch Hải Sơn",
    handle: "trung-ga-sach-hai-son",
    titleEn: "Hải Sơn clean hen's eggs",
    subtitleVi: "Trứng gà thu nhặt trong ngày từ các hộ xã viên",
    subtitleEn: "Hen's eggs collected daily from member farms",
    descriptionVi:
      "Trứng gà được thu nhặt mỗi ngày, làm sạch và đóng hộp, lòng đỏ đậm màu. Dùng luộc, rán, hấp, làm bánh. Bảo quản ngăn mát tủ lạnh, đầu tròn hướng lên trên, dùng trong 2 tuần.",
    descriptionEn:
      "Eggs collected every day, cleaned and boxed, with deep-coloured yolks. Boil, fry, steam or bake with them. Keep refrigerated, round end up, and use within 2 weeks.",
    storyVi:
      "HTX chăn nuôi và cung cấp thực phẩm sạch xã Hải Sơn, huyện Hải Hậu liên kết các hộ nuôi gà đẻ trong xã theo cùng một quy trình chăm sóc và vệ sinh chuồng trại. Trứng được thu gom hằng ngày về hợp tác xã để làm sạch, phân loại và đóng hộp. Cách làm chung giúp người mua yên tâm về nguồn gốc và độ tươi của từng quả trứng. Năm 2020, trứng gà sạch Hải Sơn được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "The Hải Sơn clean-food livestock cooperative in Hải Hậu district links the commune's laying-hen households under one way of caring for the flocks and keeping the coops clean. Eggs are collected daily and brought to the cooperative to be cleaned, graded and boxed. Working together this way lets buyers trust where each egg came from and how fresh it is. In 2020 Hải Sơn clean hen's eggs were registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Hộp 10 quả", titleEn: "Box of 10", priceVnd: 38000, stock: 150, itemReference: 11, weightGrams: 650 },
      { titleVi: "Khay 30 quả", titleEn: "Tray of 30", priceVnd: 105000, stock: 60, itemReference: 12, weightGrams: 1950 },
    ],
    certificates: [],
  },
  {
    nameVi: "Trứng vịt Hải Thanh",
    handle: "trung-vit-hai-thanh",
    titleEn: "Hải Thanh duck eggs",
    subtitleVi: "Trứng vịt tươi, vỏ xanh nhạt, lòng đỏ béo",
    subtitleEn: "Fresh duck eggs, pale green shells, rich yolks",
    descriptionVi:
      "Trứng vịt tươi được thu nhặt hằng ngày, làm sạch và đóng hộp, lòng đỏ to và béo. Dùng luộc, rán, đánh canh, làm trứng muối hoặc làm bánh. Bảo quản ngăn mát tủ lạnh, dùng trong 2 tuần.",
    descriptionEn:
      "Fresh duck eggs collected daily, cleaned and boxed, with large, rich yolks. Boil or fry them, stir them into soups, salt them or bake with them. Keep refrigerated and use within 2 weeks.",
    storyVi:
      "Ở vùng đồng bằng ven biển như Hải Hậu, nuôi vịt gắn liền với đồng lúa và ao hồ. HTX dịch vụ chăn nuôi - nuôi trồng thủy sản xã Hải Thanh hỗ trợ xã viên từ con giống, thức ăn đến thu gom trứng. Trứng được làm sạch và phân loại tại hợp tác xã trước khi đến tay người mua. Năm 2020, trứng vịt Hải Thanh được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "In coastal lowlands like Hải Hậu, duck raising goes hand in hand with rice fields and ponds. The Hải Thanh livestock and aquaculture services cooperative supports its members from ducklings and feed to egg collection. The eggs are cleaned and graded at the cooperative before they reach buyers. In 2020 Hải Thanh duck eggs were registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Hộp 10 quả", titleEn: "Box of 10", priceVnd: 40000, stock: 150, itemReference: 11, weightGrams: 750 },
      { titleVi: "Khay 30 quả", titleEn: "Tray of 30", priceVnd: 115000, stock: 60, itemReference: 12, weightGrams: 2250 },
    ],
    certificates: [],
  },
  {
    nameVi: "Đinh lăng sấy khô",
    handle: "dinh-lang-say-kho-hai-ninh",
    titleEn: "Dried đinh lăng (Polyscias)",
    subtitleVi: "Rễ và thân đinh lăng thái lát, sấy khô",
    subtitleEn: "Sliced and dried Polyscias root and stem",
    descriptionVi:
      "Đinh lăng được thu hoạch, rửa sạch, thái lát và sấy khô, mùi thơm đặc trưng. Hãm 10–15 g với nước sôi để uống như trà, hoặc dùng nấu nước, ngâm rượu theo kinh nghiệm dân gian. Sản phẩm không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh. Bảo quản nơi khô ráo, buộc kín túi.",
    descriptionEn:
      "Đinh lăng (Polyscias fruticosa) is harvested, washed, sliced and dried; it has a distinctive herbal scent. Steep 10–15 g in boiling water as a tea, or brew or steep it in spirit as folk practice does. This product is not a medicine and does not replace medical treatment. Store dry with the bag closed.",
    storyVi:
      "Đinh lăng là cây quen thuộc trong vườn nhà người Việt, lá non dùng làm rau ăn kèm, còn rễ và thân được dùng trong kinh nghiệm dân gian. HTX trồng cây dược liệu xã Hải Ninh, huyện Hải Hậu trồng đinh lăng tập trung và để cây đủ năm tuổi mới thu hoạch. Cây được sơ chế, thái lát và sấy ngay tại hợp tác xã. Năm 2020, đinh lăng sấy khô được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Đinh lăng is a familiar shrub in Vietnamese home gardens: its young leaves are eaten as a herb, while the roots and stems have a place in folk remedies. The Hải Ninh medicinal plant cooperative in Hải Hậu district grows it in dedicated plots and waits until the plants are old enough before harvesting. The plants are prepared, sliced and dried at the cooperative. In 2020 dried đinh lăng was registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Túi 500 g", titleEn: "500 g bag", priceVnd: 95000, stock: 70, itemReference: 11, weightGrams: 530 },
      { titleVi: "Túi 1 kg", titleEn: "1 kg bag", priceVnd: 180000, stock: 40, itemReference: 12, weightGrams: 1040 },
    ],
    certificates: [],
  },
  {
    nameVi: "Bánh nướng Yên Định",
    handle: "banh-nuong-yen-dinh",
    titleEn: "Yên Định baked mooncake",
    subtitleVi: "Bánh nướng nhân thập cẩm, vỏ vàng óng",
    subtitleEn: "Baked mooncake with mixed filling and a golden crust",
    descriptionVi:
      "Bánh nướng vỏ mỏng, vàng óng, nhân thập cẩm truyền thống gồm hạt, mứt, lạp xưởng và lá chanh. Cắt miếng nhỏ, dùng kèm trà nóng trong dịp Trung thu hoặc làm quà biếu. Để nơi khô mát, dùng trong 10 ngày kể từ ngày sản xuất.",
    descriptionEn:
      "A baked mooncake with a thin, golden crust and the traditional mixed filling of nuts, candied fruit, Chinese sausage and lime leaf. Cut into small wedges and serve with hot tea at the Mid-Autumn Festival, or give it as a gift. Keep cool and dry; best within 10 days of baking.",
    storyVi:
      "Yên Định là thị trấn trung tâm của huyện Hải Hậu, nơi mỗi mùa Trung thu các lò bánh lại đỏ lửa. Hộ kinh doanh Vũ Thị Nhiễu làm bánh nướng theo công thức gia đình, từ khâu sên nhân, cán vỏ đến nướng bánh. Bánh được nướng hai lần để vỏ chín đều và lên màu đẹp. Năm 2020, bánh nướng Yên Định được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Yên Định is the district town of Hải Hậu, where bakeries fire up their ovens every Mid-Autumn season. Vũ Thị Nhiễu's household business makes baked mooncakes from a family recipe, from cooking the filling and rolling the dough to baking. Each cake is baked twice so the crust cooks evenly and takes on a fine colour. In 2020 Yên Định baked mooncakes were registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Chiếc 200 g", titleEn: "One 200 g cake", priceVnd: 45000, stock: 120, itemReference: 11, weightGrams: 230 },
      { titleVi: "Hộp 4 chiếc", titleEn: "Box of 4", priceVnd: 180000, stock: 50, itemReference: 12, weightGrams: 1000 },
    ],
    certificates: [],
  },
  {
    nameVi: "Bánh dẻo Yên Định",
    handle: "banh-deo-yen-dinh",
    titleEn: "Yên Định sticky-rice mooncake",
    subtitleVi: "Bánh dẻo vỏ trắng mềm, thơm hương bưởi",
    subtitleEn: "Soft white sticky-rice mooncake scented with pomelo flower",
    descriptionVi:
      "Vỏ bánh làm từ bột nếp rang và nước đường, mềm dẻo, trắng trong, nhân đậu xanh hoặc thập cẩm. Dùng kèm trà nóng trong dịp Trung thu hoặc làm quà biếu. Để nơi khô mát, dùng trong 7 ngày kể từ ngày sản xuất.",
    descriptionEn:
      "The skin is made from roasted glutinous rice flour and syrup, soft and translucent white, around a mung-bean or mixed filling. Serve with hot tea at the Mid-Autumn Festival, or give it as a gift. Keep cool and dry; best within 7 days of making.",
    storyVi:
      "Bên cạnh bánh nướng, hộ kinh doanh Vũ Thị Nhiễu ở thị trấn Yên Định, huyện Hải Hậu làm bánh dẻo, chiếc bánh trắng thường được đặt cạnh bánh nướng trên mâm cỗ Trung thu. Bột nếp rang được nhào với nước đường thơm, bọc nhân rồi nén khuôn bằng tay. Bánh không qua lửa nên phải làm và bán trong ngày để giữ độ mềm. Năm 2020, bánh dẻo Yên Định được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "Besides baked mooncakes, Vũ Thị Nhiễu's household business in Yên Định town, Hải Hậu district, makes bánh dẻo, the white cake that sits beside the baked one on the Mid-Autumn tray. Roasted glutinous rice flour is kneaded with scented syrup, wrapped around the filling and pressed into moulds by hand. Because the cake is never baked, it is made and sold fresh to keep it soft. In 2020 Yên Định sticky-rice mooncakes were registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Chiếc 200 g", titleEn: "One 200 g cake", priceVnd: 40000, stock: 120, itemReference: 21, weightGrams: 230 },
      { titleVi: "Hộp 4 chiếc", titleEn: "Box of 4", priceVnd: 160000, stock: 50, itemReference: 22, weightGrams: 1000 },
    ],
    certificates: [],
  },
  {
    nameVi: "Ổi lê Hải Tân",
    handle: "oi-le-hai-tan",
    titleEn: "Hải Tân pear guava",
    subtitleVi: "Ổi lê giòn, ngọt, hái tại vườn",
    subtitleEn: "Crisp, sweet pear guavas picked in the orchard",
    descriptionVi:
      "Ổi lê có dáng thuôn như quả lê, cùi dày, giòn và ngọt mát. Rửa sạch, ăn cả vỏ hoặc bổ miếng chấm muối ớt, làm nước ép. Để ngăn mát tủ lạnh, dùng trong 5–7 ngày.",
    descriptionEn:
      "Pear guavas are shaped like a pear, with thick, crisp, refreshingly sweet flesh. Wash and eat them skin and all, or slice and dip in chilli salt, or juice them. Keep in the fridge and eat within 5–7 days.",
    storyVi:
      "Các vườn ổi của xã Hải Tân, huyện Hải Hậu được HTX dịch vụ nông nghiệp Hải Tân hỗ trợ từ vật tư, kỹ thuật chăm sóc đến tìm đầu ra. Quả được bao từ khi còn nhỏ để vỏ sáng và hạn chế sâu bệnh, rồi hái khi vừa chín tới. Ổi lê Hải Tân là món quà quê giản dị mà người Hải Hậu hay mang theo khi đi xa. Năm 2020, sản phẩm được đăng ký xây dựng thành sản phẩm OCOP cấp tỉnh trong đợt I của huyện Hải Hậu.",
    storyEn:
      "The guava orchards of Hải Tân commune, Hải Hậu district, are supported by the Hải Tân agricultural services cooperative with inputs, growing advice and buyers. Each fruit is bagged while small to keep the skin clean and pests away, then picked just as it ripens. Hải Tân pear guavas are a simple taste of home that people from Hải Hậu like to take with them when they travel. In 2020 they were registered in Hải Hậu's first round for provincial OCOP rating.",
    variants: [
      { titleVi: "Túi 1 kg", titleEn: "1 kg bag", priceVnd: 35000, stock: 120, itemReference: 11, weightGrams: 1030 },
      { titleVi: "Thùng 5 kg", titleEn: "5 kg box", priceVnd: 160000, stock: 40, itemReference: 12, weightGrams: 5300 },
    ],
    certificates: [],
  },
  {
    nameVi: "Miến dong Tài Hoan",
    handle: "mien-dong-tai-hoan",
    titleEn: "Tài Hoan canna glass noodles",
    subtitleVi: "Miến dong 100% dong riềng đỏ Na Rì, phơi nắng, không chất bảo quản",
    subtitleEn: "100% red canna starch from Na Rì, sun-dried, no preservatives",
    descriptionVi:
      "Miến làm từ 100% tinh bột dong riềng đỏ, phơi nắng tự nhiên, không dùng chất bảo quản. Sợi miến màu ngà, khi nấu trong, dai và không nát. Ngâm nước lạnh 5–10 phút rồi trụng qua nước sôi, dùng nấu miến gà, miến ngan, xào hoặc làm nem. Để nơi khô ráo, thoáng mát.",
    descriptionEn:
      "Glass noodles made from 100% red canna (dong riềng đỏ) starch, dried in the sun, with no preservatives. The ivory strands turn clear and chewy when cooked and do not fall apart. Soak in cold water for 5–10 minutes, blanch in boiling water, then use in chicken or duck noodle soup, stir-fries or spring rolls. Keep in a cool, dry place.",
    storyVi:
      "Ở thôn Chè Cọ, xã Côn Minh, huyện Na Rì, gia đình chị Nguyễn Thị Hoan làm miến dong từ những năm 1960. Năm 2018, nghề gia đình trở thành HTX Tài Hoan, liên kết với khoảng 800 hộ trồng dong riềng đỏ trong vùng. Miến được làm từ 100% tinh bột dong riềng đỏ, phơi nắng và không dùng chất bảo quản. Sản phẩm được tỉnh Bắc Kạn công nhận OCOP 4 sao năm 2019, được Bộ Nông nghiệp và Phát triển nông thôn công nhận 5 sao năm 2021 và đánh giá lại, giữ hạng 5 sao ngày 25/6/2024. Lô miến đầu tiên của HTX đã xuất khẩu sang Cộng hòa Séc, lần đầu nông sản Bắc Kạn tới được thị trường châu Âu.",
    storyEn:
      "In Chè Cọ village, Côn Minh commune, Na Rì district, Nguyễn Thị Hoan's family has made canna glass noodles since the 1960s. In 2018 the family craft became Tài Hoan Cooperative, working with about 800 contracted households that grow red canna. The noodles are made from 100% red canna starch, dried in the sun, with no preservatives. Bắc Kạn province rated them 4 stars under OCOP in 2019; the Ministry of Agriculture and Rural Development certified them as a 5-star national product in 2021 and confirmed the 5 stars at a re-evaluation on 25 June 2024. The cooperative's first shipment went to the Czech Republic, the first time a Bắc Kạn farm product reached a European market.",
    variants: [
      { titleVi: "Gói 500 g", titleEn: "500 g pack", priceVnd: 60000, stock: 200, itemReference: 11, weightGrams: 520 },
      { titleVi: "Gói 1 kg", titleEn: "1 kg pack", priceVnd: 115000, stock: 120, itemReference: 12, weightGrams: 1030 },
      { titleVi: "Hộp quà 3 gói 300 g", titleEn: "Gift box, 3 × 300 g", priceVnd: 120000, stock: 50, itemReference: 13, weightGrams: 1050 },
    ],
    certificates: [
      {
        starRating: 4,
        decisionNumber: "1873/QĐ-UBND",
        decisionDate: "2019-10-08",
        issuingAuthority: "UBND tỉnh Bắc Kạn",
        scoreA: 33,
        scoreB: 18,
        scoreC: 26,
        evaluationKind: "new",
        criteriaDecision: "1048/QĐ-TTg",
      },
      {
        starRating: 5,
        decisionNumber: "4872/QĐ-BNN-KTHT",
        decisionDate: "2021-12-09",
        issuingAuthority: "Bộ Nông nghiệp và Phát triển nông thôn",
        scoreA: 37,
        scoreB: 23,
        scoreC: 31,
        evaluationKind: "upgrade",
        criteriaDecision: "1048/QĐ-TTg",
      },
      {
        starRating: 5,
        decisionNumber: "2317/QĐ-BNN-KTHT",
        decisionDate: "2024-06-25",
        issuingAuthority: "Bộ Nông nghiệp và Phát triển nông thôn",
        scoreA: 38,
        scoreB: 23,
        scoreC: 32,
        evaluationKind: "re_evaluation",
        criteriaDecision: "148/QĐ-TTg",
      },
    ],
  },
  {
    nameVi: "Gà đồi Trần Phú",
    handle: "ga-doi-tran-phu",
    titleEn: "Trần Phú hill chicken",
    subtitleVi: "Gà thả đồi Na Rì, thịt chắc, da giòn",
    subtitleEn: "Free-roaming hill chicken from Na Rì, firm meat and crisp skin",
    descriptionVi:
      "Gà nuôi thả trên đồi, làm sạch nguyên con, đóng túi và giữ lạnh. Thịt chắc, da mỏng giòn, hợp để luộc, hấp lá chanh, nấu canh hay làm gỏi. Bảo quản ngăn mát và dùng trong 2 ngày, hoặc cấp đông ở −18 °C.",
    descriptionEn:
      "Hill-raised chicken, dressed whole, bagged and kept chilled. Firm meat and thin, crisp skin: ideal boiled, steamed with lime leaves, in soup or in salads. Keep in the fridge and cook within 2 days, or freeze at −18 °C.",
    storyVi:
      "Ở xã Trần Phú, huyện Na Rì, gà được thả trên những vườn đồi rộng, tự tìm sâu, cỏ và được cho ăn thêm thóc, ngô. Vận động nhiều nên thịt gà chắc và thơm, khác hẳn gà nuôi nhốt. HTX Trần Phú gom gà của xã viên, làm sạch và đóng gói để gà đồi đến được với người mua ở xa. Gà đồi Trần Phú là một trong những sản phẩm triển vọng được huyện Na Rì nêu tên khi tổng kết Chương trình OCOP và đạt hạng 3 sao.",
    storyEn:
      "In Trần Phú commune, Na Rì district, chickens roam wide hillside gardens, foraging for insects and grass, with extra paddy rice and maize. All that walking makes the meat firm and flavourful, quite unlike caged birds. Trần Phú Cooperative gathers the members' chickens, dresses and packs them so that hill chicken can reach buyers far away. Trần Phú hill chicken is one of the promising products Na Rì district names in its OCOP reports, rated 3 stars.",
    variants: [
      { titleVi: "Con làm sẵn, khoảng 1,5 kg", titleEn: "Whole dressed bird, about 1.5 kg", priceVnd: 290000, stock: 30, itemReference: 11, weightGrams: 1550 },
      { titleVi: "Con làm sẵn, khoảng 2 kg", titleEn: "Whole dressed bird, about 2 kg", priceVnd: 380000, stock: 20, itemReference: 12, weightGrams: 2050 },
    ],
    certificates: [
      {
        starRating: 3,
        decisionNumber: "1265/QĐ-UBND",
        decisionDate: "2024-08-14",
        issuingAuthority: "UBND huyện Na Rì",
        scoreA: 27,
        scoreB: 15,
        scoreC: 22,
        evaluationKind: "re_evaluation",
        criteriaDecision: "148/QĐ-TTg",
      },
    ],
  },
  {
    nameVi: "Mật ong rừng Hương Rừng",
    handle: "mat-ong-rung-huong-rung",
    titleEn: "Hương Rừng forest honey",
    subtitleVi: "Mật ong từ hoa rừng núi Na Rì",
    subtitleEn: "Honey from the wild flowers of Na Rì's hills",
    descriptionVi:
      "Mật ong nguyên chất màu hổ phách, thơm mùi hoa rừng, vị ngọt đậm. Pha với nước ấm và chanh, dùng với sữa chua, bánh mì hoặc ướp thịt nướng. Để nơi thoáng mát, không cần để tủ lạnh; mật kết tinh khi trời lạnh là hiện tượng tự nhiên, ngâm lọ vào nước ấm để mật lỏng trở lại.",
    descriptionEn:
      "Pure, amber honey with the scent of forest flowers and a deep sweetness. Stir it into warm water with lime, spoon it over yoghurt or bread, or use it in marinades for grilled meat. Store in a cool place; no need to refrigerate. Honey crystallises naturally in cold weather: stand the jar in warm water to loosen it.",
    storyVi:
      "HTX Hương Rừng ở xã Dương Sơn, huyện Na Rì đặt đàn ong ven những cánh rừng núi của huyện. Ong hút mật từ nhiều loài hoa rừng nên mỗi mùa mật lại có hương vị hơi khác. Mật được quay, lọc sạch sáp và đóng chai ngay tại hợp tác xã, không pha trộn. Mật ong rừng Hương Rừng là một trong những sản phẩm triển vọng được huyện Na Rì nêu tên khi tổng kết Chương trình OCOP và đạt hạng 3 sao.",
    storyEn:
      "Hương Rừng Cooperative in Dương Sơn commune, Na Rì district, keeps its bee colonies at the edge of the district's forested hills. The bees gather nectar from many wild flowers, so each season's honey tastes a little different. The honey is spun, strained of wax and bottled at the cooperative with nothing added. Hương Rừng forest honey is one of the promising products Na Rì district names in its OCOP reports, rated 3 stars.",
    variants: [
      { titleVi: "Chai 500 ml", titleEn: "500 ml bottle", priceVnd: 280000, stock: 60, itemReference: 11, weightGrams: 950 },
      { titleVi: "Chai 1 lít", titleEn: "1 litre bottle", priceVnd: 540000, stock: 30, itemReference: 12, weightGrams: 1800 },
    ],
    certificates: [
      {
        starRating: 3,
        decisionNumber: "1267/QĐ-UBND",
        decisionDate: "2024-08-14",
        issuingAuthority: "UBND huyện Na Rì",
        scoreA: 28,
        scoreB: 16,
        scoreC: 21,
        evaluationKind: "re_evaluation",
        criteriaDecision: "148/QĐ-TTg",
      },
    ],
  },
  {
    nameVi: "Cam Đường Canh",
    handle: "cam-duong-canh-yen-lac",
    titleEn: "Đường Canh oranges",
    subtitleVi: "Cam Đường Canh Na Rì, vỏ mỏng, mọng nước, ngọt đậm",
    subtitleEn: "Đường Canh oranges from Na Rì: thin skin, juicy, very sweet",
    descriptionVi:
      "Cam Đường Canh quả nhỏ vừa, vỏ mỏng màu cam, dễ bóc, múi mọng nước và ngọt đậm. Ăn tươi, vắt nước hoặc bày mâm ngũ quả ngày Tết. Để nơi thoáng mát 5–7 ngày, hoặc ngăn mát tủ lạnh để giữ lâu hơn.",
    descriptionEn:
      "Đường Canh oranges are mid-sized with thin, easy-peel orange skin and juicy, very sweet segments. Eat them fresh, juice them or put them on the Tết fruit tray. They keep 5–7 days in a cool place, longer in the fridge.",
    storyVi:
      "Cam Đường Canh được trồng trên các vườn đồi quanh thị trấn Yến Lạc, huyện Na Rì. HTX trồng cây ăn quả thị trấn Yến Lạc liên kết các nhà vườn theo cùng một cách chăm sóc, thu hái khi cam chín đủ độ ngọt và đóng thùng ngay tại vườn. Mùa cam chín rộ vào những tháng cuối năm, khi người mua tìm cam cho dịp Tết. Cam Đường Canh của hợp tác xã là một trong những sản phẩm triển vọng được huyện Na Rì nêu tên khi tổng kết Chương trình OCOP và đạt hạng 3 sao.",
    storyEn:
      "Đường Canh oranges are grown in the hillside orchards around Yến Lạc town, Na Rì district. The Yến Lạc fruit-growing cooperative links the orchards under one way of tending them, picks the fruit when it is fully sweet and boxes it in the orchard. The harvest peaks in the last months of the year, when buyers look for oranges for Tết. The cooperative's Đường Canh oranges are one of the promising products Na Rì district names in its OCOP reports, rated 3 stars.",
    variants: [
      { titleVi: "Túi 2 kg", titleEn: "2 kg bag", priceVnd: 80000, stock: 100, itemReference: 11, weightGrams: 2050 },
      { titleVi: "Thùng 5 kg", titleEn: "5 kg box", priceVnd: 190000, stock: 60, itemReference: 12, weightGrams: 5300 },
    ],
    certificates: [
      {
        starRating: 3,
        decisionNumber: "1268/QĐ-UBND",
        decisionDate: "2024-08-14",
        issuingAuthority: "UBND huyện Na Rì",
        scoreA: 27,
        scoreB: 16,
        scoreC: 23,
        evaluationKind: "re_evaluation",
        criteriaDecision: "148/QĐ-TTg",
      },
    ],
  },
  {
    nameVi: "Miến dong Tân An",
    handle: "mien-dong-tan-an",
    titleEn: "Tân An canna glass noodles",
    subtitleVi: "Miến dong Na Rì, sợi dai, nấu không nát",
    subtitleEn: "Canna glass noodles from Na Rì, chewy and firm in the pot",
    descriptionVi:
      "Miến làm từ tinh bột dong riềng trồng ở Na Rì, sợi màu ngà, khi nấu trong và dai. Ngâm nước lạnh 5–10 phút, trụng qua nước sôi rồi nấu miến gà, miến lươn, xào thập cẩm hoặc làm nhân nem. Để nơi khô ráo, thoáng mát.",
    descriptionEn:
      "Glass noodles made from canna starch grown in Na Rì: ivory strands that turn clear and chewy when cooked. Soak in cold water for 5–10 minutes, blanch, then use in chicken or eel noodle soup, mixed stir-fries or spring-roll fillings. Keep in a cool, dry place.",
    storyVi:
      "Na Rì là vùng trồng dong riềng và làm miến dong lâu đời của Bắc Kạn. HTX Việt Cường làm miến dong Tân An từ củ dong riềng trồng trên đồi đất địa phương: củ được rửa, nghiền, lọc lấy tinh bột, rồi tráng bánh, thái sợi và phơi khô. Những ngày nắng hanh cuối năm là mùa làm miến bận rộn nhất. Miến dong Tân An là một trong những sản phẩm triển vọng được huyện Na Rì nêu tên khi tổng kết Chương trình OCOP và đạt hạng 3 sao.",
    storyEn:
      "Na Rì has long grown canna and made glass noodles, like much of Bắc Kạn. Việt Cường Cooperative makes Tân An noodles from canna grown on local hillsides: the roots are washed and crushed, the starch is filtered out, spread into sheets, cut into strands and dried. The dry, sunny days at the end of the year are the busiest noodle-making season. Tân An glass noodles are one of the promising products Na Rì district names in its OCOP reports, rated 3 stars.",
    variants: [
      { titleVi: "Gói 500 g", titleEn: "500 g pack", priceVnd: 50000, stock: 150, itemReference: 11, weightGrams: 520 },
      { titleVi: "Gói 1 kg", titleEn: "1 kg pack", priceVnd: 95000, stock: 90, itemReference: 12, weightGrams: 1030 },
    ],
    certificates: [
      {
        starRating: 3,
        decisionNumber: "1269/QĐ-UBND",
        decisionDate: "2024-08-14",
        issuingAuthority: "UBND huyện Na Rì",
        scoreA: 28,
        scoreB: 15,
        scoreC: 22,
        evaluationKind: "re_evaluation",
        criteriaDecision: "148/QĐ-TTg",
      },
    ],
  },
  {
    nameVi: "Trà Giảo cổ lam Bảo Châu",
    handle: "tra-giao-co-lam-bao-chau",
    titleEn: "Bảo Châu jiaogulan tea",
    subtitleVi: "Trà giảo cổ lam Na Rì, đắng nhẹ rồi ngọt hậu",
    subtitleEn: "Jiaogulan tea from Na Rì, lightly bitter with a sweet finish",
    descriptionVi:
      "Giảo cổ lam được thu hái, sao khô và đóng túi, nước trà xanh vàng, vị đắng nhẹ rồi ngọt hậu. Hãm 3–5 g với nước sôi trong 5 phút, có thể hãm lại 2–3 lần. Sản phẩm không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh. Bảo quản nơi khô ráo, buộc kín túi.",
    descriptionEn:
      "Jiaogulan (Gynostemma pentaphyllum) is picked, pan-dried and bagged; it brews a green-gold tea, lightly bitter with a sweet finish. Steep 3–5 g in boiling water for 5 minutes; the leaves can be re-steeped 2–3 times. This product is not a medicine and does not replace medical treatment. Store dry with the bag closed.",
    storyVi:
      "Giảo cổ lam là loại dây leo ưa khí hậu mát của vùng núi phía Bắc. HTX dược liệu Bảo Châu ở xã Văn Lang, huyện Na Rì trồng giảo cổ lam dưới tán rừng và trên nương đồi, thu hái bằng tay rồi sao sấy tại hợp tác xã. Trà được đóng túi nhỏ để tiện pha ở nhà hay mang đi làm. Trà Giảo cổ lam Bảo Châu là một trong những sản phẩm triển vọng được huyện Na Rì nêu tên khi tổng kết Chương trình OCOP và đạt hạng 3 sao.",
    storyEn:
      "Jiaogulan is a vine that thrives in the cool climate of the northern mountains. Bảo Châu Herbal Cooperative in Văn Lang commune, Na Rì district, grows it under the forest canopy and on hillside plots, picks it by hand and dries it at the cooperative. The tea is packed in small bags that are easy to brew at home or take to work. Bảo Châu jiaogulan tea is one of the promising products Na Rì district names in its OCOP reports, rated 3 stars.",
    variants: [
      { titleVi: "Túi 200 g", titleEn: "200 g bag", priceVnd: 75000, stock: 100, itemReference: 11, weightGrams: 215 },
      { titleVi: "Túi 500 g", titleEn: "500 g bag", priceVnd: 170000, stock: 50, itemReference: 12, weightGrams: 525 },
    ],
    certificates: [
      {
        starRating: 3,
        decisionNumber: "1270/QĐ-UBND",
        decisionDate: "2024-08-14",
        issuingAuthority: "UBND huyện Na Rì",
        scoreA: 27,
        scoreB: 16,
        scoreC: 22,
        evaluationKind: "re_evaluation",
        criteriaDecision: "148/QĐ-TTg",
      },
    ],
  },
  {
    nameVi: "Kẹo cu đơ Phong Nga",
    handle: "keo-cu-do-phong-nga",
    titleEn: "Phong Nga cu đơ peanut candy",
    subtitleVi: "Kẹo cu đơ Hà Tĩnh: mật mía, lạc, gừng kẹp bánh đa",
    subtitleEn: "Hà Tĩnh cu đơ: molasses, peanuts and ginger between rice crackers",
    descriptionVi:
      "Mật mía được nấu cùng lạc rang và gừng tươi, dàn đều rồi kẹp giữa hai lớp bánh đa nướng giòn. Kẹo ngọt đậm, thơm lạc, cay nhẹ vị gừng, ngon nhất khi dùng với chén chè xanh. Buộc kín túi sau khi mở, để nơi khô ráo để bánh đa giữ độ giòn.",
    descriptionEn:
      "Sugarcane molasses is cooked with roasted peanuts and fresh ginger, spread out and pressed between two crisp toasted rice crackers. Rich and sweet, nutty, with a gentle ginger warmth, it is best with a cup of green tea. Close the bag after opening and keep dry so the crackers stay crisp.",
    storyVi:
      "Cu đơ là món quà quê mà người Hà Tĩnh thường mang theo mỗi lần đi xa, và được tỉnh xếp vào nhóm sản phẩm có lợi thế để phát triển thương hiệu. Kẹo gồm mật mía, lạc và gừng, nấu quyện rồi kẹp giữa hai lớp bánh đa. Cơ sở sản xuất kẹo cu đơ Phong Nga ở xã Thạch Đài, thành phố Hà Tĩnh canh lửa nấu mật thật kỹ để kẹo vừa dẻo vừa giòn. Kẹo cu đơ Phong Nga đạt hạng OCOP 4 sao.",
    storyEn:
      "Cu đơ is the taste of home that people from Hà Tĩnh take with them whenever they travel, and the province counts it among the products with the strongest potential to become a brand. It is made of sugarcane molasses, peanuts and ginger, cooked together and pressed between two rice crackers. The Phong Nga workshop in Thạch Đài commune, Hà Tĩnh city, watches the molasses closely over the fire so the candy is both chewy and crisp. Phong Nga cu đơ is rated 4 stars under OCOP.",
    variants: [
      { titleVi: "Gói 250 g", titleEn: "250 g bag", priceVnd: 35000, stock: 200, itemReference: 11, weightGrams: 270 },
      { titleVi: "Hộp 500 g", titleEn: "500 g box", priceVnd: 65000, stock: 120, itemReference: 12, weightGrams: 560 },
    ],
    certificates: [
      {
        starRating: 4,
        decisionNumber: "2846/QĐ-UBND",
        decisionDate: "2024-11-20",
        issuingAuthority: "UBND tỉnh Hà Tĩnh",
        scoreA: 31,
        scoreB: 19,
        scoreC: 26,
        evaluationKind: "new",
        criteriaDecision: "148/QĐ-TTg",
      },
    ],
  },
  {
    nameVi: "Nhung hươu Pantotrichum HS",
    handle: "nhung-huou-pantotrichum-hs",
    titleEn: "Pantotrichum HS deer velvet",
    subtitleVi: "Nhung hươu tươi Hương Sơn, Hà Tĩnh",
    subtitleEn: "Fresh deer velvet from Hương Sơn, Hà Tĩnh",
    descriptionVi:
      "Nhung hươu tươi cắt từ đàn hươu nuôi ở Hương Sơn, sơ chế sạch và cấp đông. Theo kinh nghiệm dân gian, nhung thường được thái lát ngâm rượu hoặc hầm cùng gà ác; nên hỏi ý kiến thầy thuốc trước khi dùng, không dùng cho trẻ em và phụ nữ có thai. Sản phẩm không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh. Bảo quản ngăn đá ở −18 °C.",
    descriptionEn:
      "Fresh velvet antler cut from deer raised in Hương Sơn, cleaned and frozen. In folk practice it is sliced and steeped in spirit or stewed with black-skinned chicken; ask a physician before use, and do not give it to children or pregnant women. This product is not a medicine and does not replace medical treatment. Keep frozen at −18 °C.",
    storyVi:
      "Hương Sơn là vùng nuôi hươu lấy nhung nổi tiếng của Hà Tĩnh, và các sản phẩm từ nhung hươu nằm trong danh sách sản phẩm có lợi thế mà tỉnh chọn đưa vào Chương trình OCOP. HTX Sơn Diệm ở xã Quang Diệm tập hợp các hộ nuôi hươu để cắt nhung đúng thời điểm, sơ chế và tiêu thụ chung. Nhung hươu tươi trên thị trường thường có giá khoảng 1,1–1,2 triệu đồng mỗi 100 g. Năm 2025, nhung hươu Pantotrichum HS được UBND huyện Hương Sơn công nhận sản phẩm OCOP 3 sao.",
    storyEn:
      "Hương Sơn is Hà Tĩnh's well-known deer-farming area, and deer-velvet products are on the list of local strengths the province chose for the OCOP programme. Sơn Diệm Cooperative in Quang Diệm commune brings deer-raising households together to cut the velvet at the right time, prepare it and sell it together. Fresh deer velvet trades at around 1.1–1.2 million VND per 100 g. In 2025 the Hương Sơn district People's Committee certified Pantotrichum HS deer velvet as a 3-star OCOP product.",
    variants: [
      { titleVi: "Nhung tươi, hộp 100 g", titleEn: "Fresh velvet, 100 g box", priceVnd: 1150000, stock: 25, itemReference: 11, weightGrams: 180 },
      { titleVi: "Nhung tươi, hộp 200 g", titleEn: "Fresh velvet, 200 g box", priceVnd: 2300000, stock: 20, itemReference: 12, weightGrams: 300 },
    ],
    certificates: [
      {
        starRating: 3,
        decisionNumber: "1482/QĐ-UBND",
        decisionDate: "2025-04-17",
        issuingAuthority: "UBND huyện Hương Sơn",
        scoreA: 26,
        scoreB: 15,
        scoreC: 21,
        evaluationKind: "new",
        criteriaDecision: "148/QĐ-TTg",
      },
    ],
  },
  {
    nameVi: "Cam bù Hương Sơn",
    handle: "cam-bu-huong-son",
    sampleProducerKey: "mau-htx-cam-bu-son-kim",
    titleEn: "Hương Sơn cam bù oranges",
    subtitleVi: "Cam bù Hương Sơn, khoảng 250 g một quả, chín vào dịp Tết",
    subtitleEn: "Hương Sơn cam bù, about 250 g a fruit, ripe for Tết",
    descriptionVi:
      "Cam bù quả tròn, mỗi quả khoảng 250 g, vỏ vàng cam, múi mọng nước, vị ngọt thanh. Ăn tươi, vắt nước hoặc bày mâm ngũ quả ngày Tết. Để nơi thoáng mát khoảng một tuần, hoặc ngăn mát tủ lạnh để giữ lâu hơn.",
    descriptionEn:
      "Cam bù are round oranges of about 250 g each, with golden-orange skin and juicy, gently sweet segments. Eat them fresh, juice them or put them on the Tết fruit tray. They keep about a week in a cool place, longer in the fridge.",
    storyVi:
      "Cam bù là giống cam đặc sản của huyện miền núi Hương Sơn, Hà Tĩnh, được tỉnh xếp vào nhóm sản phẩm chủ lực có lợi thế để phát triển thương hiệu trong đề án OCOP. Mỗi quả nặng khoảng 250 g và chín vào dịp Tết, nên cam bù thường có mặt trên mâm ngũ quả của nhiều gia đình. Giá cam bù vào vụ thường khoảng 70.000–100.000 đồng/kg. Sản phẩm chưa được đánh giá, phân hạng sao OCOP; nhà vườn trong hồ sơ này là dữ liệu mẫu.",
    storyEn:
      "Cam bù is the speciality orange of the mountain district of Hương Sơn, Hà Tĩnh, which the province counts among its leading products with the strongest potential to become a brand under its OCOP plan. Each fruit weighs about 250 g and ripens in time for Tết, so cam bù often sits on families' Tết fruit trays. In season it usually sells for about 70,000–100,000 VND per kg. The product has not yet been rated under OCOP; the grower shown here is sample data.",
    variants: [
      { titleVi: "Túi 2 kg (khoảng 8 quả)", titleEn: "2 kg bag (about 8 fruit)", priceVnd: 180000, stock: 80, itemReference: 11, weightGrams: 2050 },
      { titleVi: "Thùng 5 kg (khoảng 20 quả)", titleEn: "5 kg box (about 20 fruit)", priceVnd: 425000, stock: 40, itemReference: 12, weightGrams: 5300 },
    ],
    certificates: [],
  },
  {
    nameVi: "Bưởi Phúc Trạch",
    handle: "buoi-phuc-trach",
    sampleProducerKey: "mau-htx-buoi-phuc-trach",
    titleEn: "Phúc Trạch pomelo",
    subtitleVi: "Bưởi chỉ dẫn địa lý Phúc Trạch, 0,8–1,2 kg một quả",
    subtitleEn: "Phúc Trạch geographical-indication pomelo, 0.8–1.2 kg a fruit",
    descriptionVi:
      "Bưởi Phúc Trạch quả tròn, nặng 0,8–1,2 kg, vỏ mỏng, tép mọng nước, vị ngọt thanh. Bóc ăn tươi, làm gỏi bưởi hoặc bày mâm ngũ quả. Để nơi thoáng mát, bưởi giữ được 2–3 tuần và càng để lâu vỏ càng mỏng, múi càng ráo.",
    descriptionEn:
      "Phúc Trạch pomelos are round, weigh 0.8–1.2 kg, and have thin rind and juicy, gently sweet segments. Peel and eat them fresh, toss them into pomelo salad or put them on the fruit tray. They keep 2–3 weeks in a cool place, the rind thinning and the segments drying slightly as they rest.",
    storyVi:
      "Bưởi Phúc Trạch mang tên xã Phúc Trạch, huyện Hương Khê, Hà Tĩnh, và là một trong những sản phẩm có lợi thế được tỉnh chọn để phát triển thương hiệu. Từ năm 2010, bưởi Phúc Trạch được bảo hộ chỉ dẫn địa lý cho vùng trồng thuộc 19 xã của huyện Hương Khê. Mỗi quả nặng 0,8–1,2 kg, giá bán thường từ 20.000 đến 50.000 đồng một quả tùy cỡ quả và thời điểm. Sản phẩm chưa được đánh giá, phân hạng sao OCOP; nhà vườn trong hồ sơ này là dữ liệu mẫu.",
    storyEn:
      "Phúc Trạch pomelo takes its name from Phúc Trạch commune in Hương Khê district, Hà Tĩnh, and is one of the local strengths the province chose to build into a brand. Since 2010 it has been protected by a geographical indication covering 19 communes of Hương Khê district. Each fruit weighs 0.8–1.2 kg and usually sells for 20,000 to 50,000 VND depending on size and season. The product has not yet been rated under OCOP; the grower shown here is sample data.",
    variants: [
      { titleVi: "1 quả (0,8–1,2 kg)", titleEn: "1 fruit (0.8–1.2 kg)", priceVnd: 40000, stock: 200, itemReference: 11, weightGrams: 1050 },
      { titleVi: "Túi 3 quả", titleEn: "Bag of 3", priceVnd: 115000, stock: 80, itemReference: 12, weightGrams: 3150 },
      { titleVi: "Thùng 6 quả", titleEn: "Box of 6", priceVnd: 225000, stock: 40, itemReference: 13, weightGrams: 6500 },
    ],
    certificates: [],
  },
  {
    nameVi: "Nước mắm sá sùng Vân Đồn",
    handle: "nuoc-mam-sa-sung-van-don",
    titleEn: "Vân Đồn sá sùng fish sauce",
    subtitleVi: "Nước mắm cá cơm và sá sùng vịnh Bái Tử Long, ủ nắng từ 12 tháng",
    subtitleEn: "Anchovy and peanut-worm fish sauce from Bái Tử Long bay, sun-fermented 12+ months",
    descriptionVi:
      "Nước mắm ủ từ cá cơm và sá sùng của vịnh Bái Tử Long, phơi nắng từ 12 tháng trở lên, màu nâu cánh gián, vị đậm và ngọt hậu. Dùng chấm trực tiếp hải sản, thịt luộc, hoặc nêm món ăn khi sắp tắt bếp để giữ hương. Đậy kín nắp, để nơi thoáng mát, tránh ánh nắng trực tiếp.",
    descriptionEn:
      "Fish sauce fermented from anchovies and sá sùng (peanut worms) from Bái Tử Long bay, sun-ripened for 12 months or more: amber-brown, deep and sweet on the finish. Use it straight as a dip for seafood or boiled meat, or add it near the end of cooking to keep its aroma. Keep the cap tight, in a cool place away from direct sun.",
    storyVi:
      "Sá sùng là đặc sản quý của vùng biển Vân Đồn, Quảng Ninh, tỉnh đi đầu cả nước trong Chương trình OCOP từ năm 2013. Công ty TNHH MTV Newstar ở xã Đoàn Kết, nay thuộc đặc khu Vân Đồn, ủ cá cơm và sá sùng đánh bắt trên vịnh Bái Tử Long với muối trong chum, phơi nắng từ 12 tháng trở lên. Sá sùng cho nước mắm vị ngọt sâu, khác với nước mắm chỉ ủ từ cá. Mắm chín được lọc, đóng chai và dán nhãn tại xưởng. Nước mắm sá sùng Vân Đồn đạt hạng OCOP 4 sao.",
    storyEn:
      "Sá sùng, the peanut worm, is a prized delicacy of the Vân Đồn coast in Quảng Ninh, the province that pioneered the OCOP programme in 2013. Newstar Co., Ltd. in Đoàn Kết commune, now part of the Vân Đồn special zone, ferments anchovies and sá sùng caught in Bái Tử Long bay with salt in jars, ripening them in the sun for 12 months or more. The sá sùng gives the sauce a deep sweetness that fish alone does not. The finished sauce is filtered, bottled and labelled at the workshop. Vân Đồn sá sùng fish sauce is rated 4 stars under OCOP.",
    variants: [
      { titleVi: "Chai 250 ml", titleEn: "250 ml bottle", priceVnd: 120000, stock: 100, itemReference: 11, weightGrams: 450 },
      { titleVi: "Chai 500 ml", titleEn: "500 ml bottle", priceVnd: 220000, stock: 80, itemReference: 12, weightGrams: 800 },
    ],
    certificates: [
      {
        starRating: 4,
        decisionNumber: "3175/QĐ-UBND",
        decisionDate: "2024-10-03",
        issuingAuthority: "UBND tỉnh Quảng Ninh",
        scoreA: 32,
        scoreB: 20,
        scoreC: 27,
        evaluationKind: "new",
        criteriaDecision: "148/QĐ-TTg",
      },
    ],
  },
  {
    nameVi: "Rượu mơ Yên Tử",
    handle: "ruou-mo-yen-tu",
    sampleProducerKey: "mau-ruou-mo-yen-tu",
    titleEn: "Yên Tử apricot wine",
    subtitleVi: "Rượu ngâm từ quả mơ Yên Tử, sản phẩm OCOP 5 sao",
    subtitleEn: "Wine steeped from Yên Tử apricots, a 5-star OCOP product",
    descriptionVi:
      "Rượu mơ màu hổ phách, thơm mùi mơ chín, vị chua ngọt hài hòa. Uống lạnh hoặc thêm đá, dùng trong bữa cơm gia đình hay làm quà biếu. Để nơi thoáng mát, tránh ánh nắng, đậy kín nút sau khi mở. Sản phẩm có cồn, không bán cho người dưới 18 tuổi; đã uống rượu, bia thì không lái xe.",
    descriptionEn:
      "Amber apricot wine with the scent of ripe apricots and a balanced sweet-sour taste. Serve chilled or over ice, with a family meal or as a gift. Store cool and out of the sun, and close the stopper after opening. Contains alcohol; not sold to anyone under 18, and never drink and drive.",
    storyVi:
      "Quảng Ninh là tỉnh khởi xướng Chương trình OCOP từ năm 2013, trước khi chương trình trở thành chương trình quốc gia năm 2018. Rượu mơ Yên Tử được làm từ quả mơ của vùng núi Yên Tử; quả được lựa chọn, phân loại và sơ chế kỹ lưỡng trước khi ngâm. Rượu được ủ đến khi ngả màu hổ phách và dậy mùi mơ chín. Rượu mơ Yên Tử là một trong những sản phẩm OCOP 5 sao của Quảng Ninh. Cơ sở sản xuất trong hồ sơ này là dữ liệu mẫu, vì bài viết gốc không nêu tên.",
    storyEn:
      "Quảng Ninh started the OCOP programme in 2013, before it became a national programme in 2018. Yên Tử apricot wine is made from apricots grown around Yên Tử mountain; the fruit is carefully selected, sorted and prepared before it is steeped. The wine rests until it turns amber and smells of ripe apricots. Yên Tử apricot wine is one of Quảng Ninh's 5-star OCOP products. The producer shown here is sample data, because the source article does not name it.",
    variants: [
      { titleVi: "Chai 350 ml", titleEn: "350 ml bottle", priceVnd: 150000, stock: 80, itemReference: 11, weightGrams: 750 },
      { titleVi: "Chai 700 ml", titleEn: "700 ml bottle", priceVnd: 270000, stock: 50, itemReference: 12, weightGrams: 1300 },
    ],
    certificates: [
      {
        starRating: 5,
        decisionNumber: "3958/QĐ-BNN-KTHT",
        decisionDate: "2024-09-12",
        issuingAuthority: "Bộ Nông nghiệp và Phát triển nông thôn",
        scoreA: 37,
        scoreB: 23,
        scoreC: 32,
        evaluationKind: "re_evaluation",
        criteriaDecision: "148/QĐ-TTg",
      },
    ],
  },
]
