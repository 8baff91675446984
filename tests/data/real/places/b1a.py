from placekit import PA, P, EP

# ---------------------------------------------------------------- r-egy-01
PA("r-egy-01",
   places=[
       P("على [القاهرة الكبرى] والوجه", "area", "EG", 30.05, 31.25, None, why="Greater Cairo: not an administrative unit; centre point"),
       P("الكبرى و[الوجه البحري] والسواحل", "area", "EG", 30.8, 31.0, None, why="Lower Egypt (the Delta); centre point"),
       P("البحري و[السواحل الشمالية]", "area", "EG", 31.2, 29.9, None, why="the forecast region 'northern coasts' (Mediterranean coast of Egypt), a standing name in EMA bulletins; centre point"),
       P("حار على [جنوب سيناء]", "region", "EG", 28.7, 33.85, None, why="South Sinai governorate; centre point"),
       P("حتى [القاهرة الكبرى] وشمال", "area", "EG", 30.05, 31.25, None),
       P("الكبرى و[شمال الصعيد] ووسط", "area", "EG", 28.5, 30.8, None, why="northern Upper Egypt; centre point"),
       P("الصعيد و[وسط سيناء]", "area", "EG", 29.9, 33.7, None, why="central Sinai; centre point"),
       P("مدينتي ([حلايب] –", "city", "EG", 22.22273, 36.64679, 374290, why="plural classifier مدينتي left outside"),
       P("– [شلاتين])", "city", "EG", 23.13235, 35.59094, 8555994),
       P("لحالة [البحر المتوسط]", "area", "XX", 35.0, 18.0, None),
       P("لحالة [البحر الأحمر]", "area", "XX", 20.0, 38.5, None, why="the sea (sea state), not the Egyptian governorate"),
       P("ومدن [مصر]:", "country", "EG", 27.0, 30.0, 357994),
       P("[القاهرة] 28 20", "city", "EG", 30.06263, 31.24967, 360630),
       P("[العاصمة الإدارية] 29", "city", "EG", 30.02, 31.76, None, why="the New Administrative Capital, a named city in the table (not 'the capital' standing for a country); not in cities500, point from knowledge"),
       P("[6 أكتوبر] 29", "city", "EG", 29.81667, 31.05, 353219, why="6th of October City"),
       P("[بنها] 27", "city", "EG", 30.45977, 31.1842, 359280),
       P("[دمنهور] 27", "city", "EG", 31.03408, 30.46823, 358448),
       P("[وادي النطرون] 28", "city", "EG", 30.37746, 30.35032, 434170, why="the town Madinat Wadi an-Natrun in a table of cities"),
       P("[كفر الشيخ] 27", "city", "EG", 31.11174, 30.93991, 354502),
       P("[المنصورة] 27", "city", "EG", 31.03637, 31.38069, 360761),
       P("[الزقازيق] 28", "city", "EG", 30.58768, 31.502, 359493),
       P("[شبين الكوم] 28", "city", "EG", 30.55258, 31.00904, 349158),
       P("[طنطا] 27", "city", "EG", 30.78847, 31.00192, 347497),
       P("[دمياط] 27", "city", "EG", 31.41648, 31.81332, 358048),
       P("[بورسعيد] 27", "city", "EG", 31.26531, 32.3019, 358619),
       P("[الإسماعيلية] 29", "city", "EG", 30.60427, 32.27225, 361055),
       P("[السويس] 29", "city", "EG", 29.97371, 32.52627, 359796),
       P("[العريش] 27", "city", "EG", 31.13159, 33.79844, 361546),
       P("[رفح] 27", "city", "EG", 31.28204, 34.23869, 350350, why="Egyptian Rafah (table of Egyptian cities)"),
       P("[رأس سدر] 30", "city", "EG", 29.59, 32.71, None, why="Ras Sudr: not in cities500, point from knowledge"),
       P("[نخل] 27", "city", "EG", 29.91, 33.75, None, why="Nakhl, central Sinai: not in cities500, point from knowledge"),
       P("[كاترين] 25", "city", "EG", 28.56191, 33.94934, 8521413, why="Saint Catherine"),
       P("[الطور] 29", "city", "EG", 28.24168, 33.6222, 359678),
       P("[طابا] 28", "city", "EG", 29.49199, 34.89572, 347702),
       P("[شرم الشيخ] 32", "city", "EG", 27.91582, 34.32995, 349340),
       P("[الإسكندرية] 27", "city", "EG", 31.20176, 29.91582, 361058),
       P("[العلمين] 26", "city", "EG", 30.83007, 28.95502, 361612),
       P("[مطروح] 25", "city", "EG", 31.3529, 27.23725, 352733, why="Marsa Matruh, the city (table of cities)"),
       P("[السلوم] 24", "city", "EG", 31.55371, 25.15793, 359867),
       P("[سيوة] 26", "city", "EG", 29.2032, 25.51965, 347863),
   ],
   event_places=[
       EP(0, "القاهرة الكبرى", why="today's weather, dated by the occurrence; first named place"),
       EP(1, "القاهرة الكبرى", why="first named mention (شمال البلاد names no place)"),
       EP(2, "البحر المتوسط"),
       EP(3, "البحر الأحمر"),
       EP(4, "مصر", why="today's temperatures over Egypt's governorates and cities"),
   ],
   not_places=["هيئة الأرصاد الجوية", "وجنوب [البلاد]", "على شمال [البلاد]", "على [محافظات] ومدن"])

# ---------------------------------------------------------------- r-egy-02
PA("r-egy-02",
   places=[],
   event_places=[EP(0, None), EP(1, None), EP(2, None), EP(3, None)],
   not_places=["دار الافتاء [المصرية]", "التليفزيون [المصري]", "بتوقيت [القاهرة] المحلي"])

# ---------------------------------------------------------------- r-egy-07
PA("r-egy-07",
   places=[
       P("مبارياتها خارج [مصر]", "country", "EG", 27.0, 30.0, 357994),
       P("مواجهاتها داخل [مصر]", "country", "EG", 27.0, 30.0, 357994),
   ],
   event_places=[
       EP(0, None, why="the draw's place is not given"),
       EP(1, None), EP(2, None), EP(3, None),
       EP(4, None, why="statement at the draw ceremony, not placed; Egypt is only the topic"),
       EP(5, None), EP(6, None),
   ],
   not_places=["الدوري [المصري] الممتاز", "الأهلي و[المصري]", "تشارك [أفريقيا]", "[الاتحاد السكندري]"])

# ---------------------------------------------------------------- r-egy-08
PA("r-egy-08",
   places=[],
   event_places=[EP(0, None)],
   not_places=["في جميع [المحافظات]", "[المصريون] بالخارج", "للمصريين [بالخارج]"])

# ---------------------------------------------------------------- r-gulf-01
PA("r-gulf-01",
   places=[
       P("على [ملعب نادي ضمك] بخميس", "site", "SA", 18.29, 42.74, None, why="Damac Club stadium, Khamis Mushait; point from knowledge"),
       P("نادي ضمك ب[خميس مشيط]", "city", "SA", 18.3, 42.73333, 105072),
       P("على [ملعب إيجو] بالدمام", "site", "SA", 26.40, 50.13, None, why="Al-Ettifaq's EGO Stadium, Dammam; point from knowledge"),
       P("ملعب إيجو ب[الدمام]", "city", "SA", 26.43442, 50.10326, 110336),
       P("على [ملعب المملكة أرينا] بالرياض", "site", "SA", 24.77, 46.61, None, why="Kingdom Arena, Riyadh; المملكة is part of the venue's name; point from knowledge"),
       P("المملكة أرينا ب[الرياض]", "city", "SA", 24.68773, 46.72185, 108410),
   ],
   event_places=[],
   not_places=["بتوقيت [مكة المكرمة]", "دوري روشن [السعودي]", "الدوري [السعودي] للمحترفين"])

# ---------------------------------------------------------------- r-gulf-03
PA("r-gulf-03",
   places=[
       P("غرناطة في [سترة]", "city", "BH", 26.15472, 50.62056, 290104),
       P("مصدرها [إيران]", "country", "IR", 32.0, 53.0, 130758, why="origin of the explosives; a location, Iran does not act in the sentence"),
       P("أن يحفظ [البحرين]", "country", "BH", 26.0, 50.55, 290291, why="the country and its people, not the state acting"),
       P("من أمن [البحرين]", "country", "BH", 26.0, 50.55, 290291, why="topic (security of Bahrain), not acting"),
   ],
   event_places=[EP(0, "سترة", why="the bomb near a school in Sitra")],
   not_places=["قرب [مدرسة غرناطة]", "عاهل [البلاد]", "[«الداخلية»]", "آل خليفة رئيس"])

# ---------------------------------------------------------------- r-gulf-05
PA("r-gulf-05",
   places=[
       P("الموج في [الخليج العربي]", "area", "XX", 26.5, 52.0, None, why="the Gulf waters (sea)"),
       P("وفي [بحر عُمان]", "area", "XX", 24.5, 58.5, None, why="Sea/Gulf of Oman (sea)"),
   ],
   event_places=[],
   not_places=["متفرقة من [الدولة]", "المركز الوطني للأرصاد", "بعض [المناطق الساحلية] والداخلية"])

# ---------------------------------------------------------------- r-gulf-07
PA("r-gulf-07",
   places=[
       P("المحكمة الجزائية في [دبي]", "city", "AE", 25.07725, 55.30927, 292223, why="locative phrase after a body (the court in Dubai)"),
   ],
   event_places=[
       EP(0, None, why="the meeting's place is not said; Dubai only locates the chair's court (a title does not place the person, cf. Hajji Hassan in gold 001)"),
       EP(1, None), EP(2, None), EP(3, None),
   ],
   not_places=[])

# ---------------------------------------------------------------- r-gulf-10
PA("r-gulf-10",
   places=[
       P("على [استاد مدينة الأمير سعود بن جلوي الرياضية]", "site", "SA", 26.25, 50.20, None, why="Prince Saud bin Jalawi Sports City, Khobar (Al-Ettifaq home); point from knowledge"),
       P("على [استاد مدينة الملك عبدالله الرياضية]", "site", "SA", 26.38, 43.93, None, why="King Abdullah Sports City of Buraidah, Al-Taawoun's home ground (hosts Abha); point from knowledge"),
   ],
   event_places=[],
   not_places=["دوري كأس الأمير محمد بن سلمان", "بنادي الاتفاق"])

# ---------------------------------------------------------------- r-irq-02
PA("r-irq-02",
   places=[],
   event_places=[EP(0, None), EP(1, None), EP(2, None), EP(3, None)],
   not_places=["مجلس النواب [العراقي]"])

# ---------------------------------------------------------------- r-irq-06
PA("r-irq-06",
   places=[
       P("[أربيل] (كوردستان 24)", "city", "IQ", 36.19117, 44.00943, 95446, why="dateline"),
       P("جميع محافظات [العراق]", "country", "IQ", 33.0, 44.0, 99237),
       P("كالتالي: [دهوك] والسليمانية", "region", "IQ", 36.9, 43.1, None, why="governorates (في جميع محافظات العراق, كالتالي); centre points"),
       P("دهوك و[السليمانية] 28", "region", "IQ", 35.5, 45.4, None),
       P("28، [أربيل] 29", "region", "IQ", 36.35, 44.3, None, why="Erbil governorate in the list"),
       P("[نينوى] وكركوك", "region", "IQ", 35.9, 42.4, None),
       P("نينوى و[كركوك] 31", "region", "IQ", 35.4, 44.2, None),
       P("[صلاح الدين] والأنبار", "region", "IQ", 34.5, 43.5, None),
       P("صلاح الدين و[الأنبار] 32", "region", "IQ", 33.2, 41.8, None),
       P("[بغداد] وديالى", "region", "IQ", 33.3, 44.4, None),
       P("بغداد و[ديالى] وكربلاء", "region", "IQ", 33.9, 45.1, None),
       P("وديالى و[كربلاء] المقدسة", "region", "IQ", 32.55, 43.65, None, why="honorific المقدسة left out"),
       P("[النجف] الأشرف", "region", "IQ", 30.9, 43.6, None, why="honorific الأشرف left out"),
       P("الأشرف و[بابل] والديوانية", "region", "IQ", 32.5, 44.6, None),
       P("وبابل و[الديوانية] وميسان", "region", "IQ", 31.9, 45.0, None, why="Diwaniyah (al-Qadisiyyah) governorate"),
       P("والديوانية و[ميسان] 35", "region", "IQ", 31.9, 47.0, None),
       P("[واسط] والمثنى", "region", "IQ", 32.6, 45.7, None),
       P("واسط و[المثنى] 36", "region", "IQ", 30.4, 45.3, None),
       P("و[ذي قار] والبصرة", "region", "IQ", 31.1, 46.3, None),
       P("ذي قار و[البصرة] 37", "region", "IQ", 30.5, 47.6, None),
   ],
   event_places=[
       EP(0, "أربيل", occ=0, why="statement with no place of its own takes the dateline city"),
       EP(1, "أربيل", occ=0, why="continues the dated statement"),
       EP(2, "أربيل", occ=0, why="dated by the statement (forecast for tomorrow), so the statement's place, the dateline"),
       EP(3, "أربيل", occ=0), EP(4, "أربيل", occ=0),
   ],
   not_places=["[كوردستان 24]", "هيئة الأنواء الجوية [العراقية]", "في عموم [البلاد]",
               "في [المنطقتين الوسطى والشمالية]، وغائماً", "في [المنطقة الجنوبية]، ودرجات"])

# ---------------------------------------------------------------- r-lby-03
PA("r-lby-03",
   places=[
       P("العليا للانتخابات في [ليبيا]، إغلاق", "country", "LY", 27.0, 17.0, 2215636, why="locative phrase after a body: the commission in Libya"),
       P("للانتخابات في [ليبيا] باب", "country", "LY", 27.0, 17.0, 2215636),
   ],
   event_places=[
       EP(0, "ليبيا", why="the announcing body is placed in Libya; the closure happened there"),
       EP(1, "ليبيا", why="continues the office's statement"),
       EP(2, "ليبيا"),
       EP(3, "ليبيا", why="the commission in Libya opened candidacy"),
       EP(4, "ليبيا", why="continues the same clause"),
   ],
   not_places=["والاتفاقات [الليبية]", "الأمم المتحدة"])

# ---------------------------------------------------------------- r-lev-01
PA("r-lev-01",
   places=[
       P("مدن وبلدات [ريف إدلب].", "area", "SY", 35.8, 36.6, None),
       P("عنب بلدي في [إدلب] وريفها", "city", "SY", 35.93062, 36.63393, 169389, why="إدلب وريفها: the city; ريفها (a pronoun) names no place"),
       P("وتركزت على [بلدة تفتناز]", "city", "SY", 35.99832, 36.78579, 163799),
       P("الضحايا في [تفتناز]", "city", "SY", 35.99832, 36.78579, 163799),
       P("وطالت الغارات [مدينة إدلب]", "city", "SY", 35.93062, 36.63393, 169389),
       P("وبلدات [بنش] ومعرة", "city", "SY", 35.95664, 36.7138, 171451),
       P("بنش و[معرة مصرين]", "city", "SY", 36.01152, 36.67183, 167605),
       P("و[قرية طعوم]", "city", "SY", 35.95, 36.69, None, why="Taoum village east of Idlib: not in cities500, point from knowledge"),
       P("وتعرضت [محافظة إدلب]", "region", "SY", 35.75, 36.6, None),
       P("قصف استهدف [مدينة إدلب]", "city", "SY", 35.93062, 36.63393, 169389),
       P("إلى [إدلب]، بعد فشل", "region", "SY", 35.75, 36.6, None, why="clashes returning to Idlib (the province) after the western Aleppo countryside"),
       P("في [ريف حلب الغربي]", "area", "SY", 36.15, 36.85, None),
       P("وعادت إلى [إدلب] اليوم", "region", "SY", 35.75, 36.6, None),
   ],
   event_places=[
       EP(0, "بلدة تفتناز", why="bombing concentrated on Taftanaz; ريف المحافظة names no place"),
       EP(1, "تفتناز"),
       EP(2, "مدينة إدلب", why="first named"),
       EP(3, "محافظة إدلب"),
       EP(4, "مدينة إدلب"),
       EP(5, "ريف حلب الغربي"),
       EP(6, "إدلب", occ=2, why="the clashes returned to Idlib today (the last mention)"),
   ],
   not_places=["[عنب بلدي]", "مركز إدلب الإعلامي", "في ريف [المحافظة]", "جنوبي [المحافظة]", "طائرة [روسية]",
               "[حكومة الإنقاذ السورية]", "بين “[تحرير سوريا]”", "[المدينة] شهدت"])

# ---------------------------------------------------------------- r-lev-04
PA("r-lev-04",
   places=[
       P("رمضان في [الأردن] سيكون", "country", "JO", 31.0, 36.0, 248816),
   ],
   event_places=[
       EP(0, "الأردن", why="the sentence is about Jordan's calendar (the crescent sighting in Jordan); Jordanian outlet"),
   ],
   not_places=["[الدول العربية]", "[العالم الإسلامي]", "بين [الدول]"])

# ---------------------------------------------------------------- r-lev-07
PA("r-lev-07",
   places=[
       P("على [ملعب البترا]", "site", "JO", 31.985, 35.90, None, why="Petra Stadium, Amman; point from knowledge"),
       P("على [ملعب العقبة]", "site", "JO", 29.54, 35.01, None, why="Aqaba stadium; point from knowledge"),
       P("على [ملعب الحسن]", "site", "JO", 32.548, 35.855, None, why="Al-Hassan Stadium, Irbid; point from knowledge"),
       P("على [ملعب عمّان الدولي]", "site", "JO", 31.9857, 35.8988, None, why="Amman International Stadium; point from knowledge"),
       P("على [ملعب السلط]", "site", "JO", 32.04, 35.73, None, why="Salt stadium; point from knowledge"),
       P("على [ملعب الأمير محمد]", "site", "JO", 32.07, 36.10, None, why="Prince Mohammed Stadium, Zarqa; point from knowledge"),
   ],
   event_places=[
       EP(0, None, why="the federation's statement is not placed"),
       EP(1, None),
       EP(2, None, why="dated by the schedule announcement (a plan), not by the match; the announcement is not placed"),
       EP(3, None), EP(4, None),
   ],
   not_places=["الاتحاد [الأردني] لكرة القدم", "الأندية [الأردنية]", "دوري أبطال [آسيا] 2",
               "الأهلي و[مغير السرحان]", "يواجه [شباب العقبة]", "نظيره [الرمثا]", "بلقائي [السلط] وشباب",
               "و[شباب الأردن] عند", "مواجهة [معان] والفيصلي"])

# ---------------------------------------------------------------- r-lev-10
PA("r-lev-10",
   places=[
       P("في [مدينة دمشق] وريفها", "city", "SY", 33.5102, 36.29128, 170654, why="وريفها (a pronoun) names no place"),
       P("[روسيا] الحربية", "country", "RU", 60.0, 100.0, 2017370, role="actor", why="Russia's warplanes: the state acting"),
       P("وبلدات [الغوطة الشرقية]", "area", "SY", 33.55, 36.45, None),
       P("على [مدينة دوما]", "city", "SY", 33.57175, 36.4027, 170592),
       P("من جهة [الأتستراد الدولي]", "site", "SY", 33.56, 36.37, None, why="the Damascus-Homs international highway (M5) by Douma; point by Douma"),
       P("وبلدات [دير العصافير] ونولة", "city", "SY", 33.46585, 36.42044, 170817),
       P("العصافير و[نولة مرج السلطان]", "city", "SY", 33.488, 36.476, None, why="read as one village name, 'Nawla' of Marj al-Sultan (or two: Nawla and Marj al-Sultan); point of Marj al-Sultan, not in cities500"),
       P("الجرحى في [دير العصافير]", "city", "SY", 33.46585, 36.42044, 170817),
       P("وبلدات [منطقة المرج]", "area", "SY", 33.48, 36.50, None, why="al-Marj district of Eastern Ghouta; centre point"),
       P("مماثل [حي جوبر]", "district", "SY", 33.53, 36.33, None, why="Jobar, Damascus; not in cities500"),
       P("إلى [الغوطة الغربية]", "area", "SY", 33.45, 36.18, None),
       P("اقتحام [داريا]", "city", "SY", 33.45835, 36.23256, 170892),
   ],
   event_places=[
       EP(0, "مدينة دوما", why="most of the raids fell on Douma, the most specific place for the raids; Eastern Ghouta is the wider target"),
       EP(1, "منطقة المرج", why="first named (then Jobar)"),
       EP(2, "داريا", why="the barrels fell on 'the city' of the storming attempt, Darayya, inside Western Ghouta"),
   ],
   not_places=["[الحي].", "في [البلدة] نتيجة", "الغربية [للمدينة]"])

# ---------------------------------------------------------------- r-lev-13
PA("r-lev-13",
   places=[],
   event_places=[EP(0, None), EP(1, None), EP(2, None), EP(3, None), EP(4, None), EP(5, None)],
   not_places=["أصدر الرئيس [السوري]", "محكمة أمن [الدولة] العليا"])

# ---------------------------------------------------------------- r-lev-16
PA("r-lev-16",
   places=[],
   event_places=[EP(0, None), EP(1, None), EP(2, None)],
   not_places=["في [قِطْر] لَزِمَتْ", "[أقطار] عربية", "[اللبنانيين]", "[دار الفتوى]"])
