from placekit import PA, P, EP

# ---------------------------------------------------------------- r-mag-03
PA("r-mag-03",
   places=[
       P("زيارة أخوة وعمل إلى [الجزائر].", "country", "DZ", 28.0, 3.0, 2589581,
         why="a visit to Algeria: the country as destination, not acting"),
       P("عيد استقلال [الجزائر] المجيد", "country", "DZ", 28.0, 3.0, 2589581,
         why="Algeria's independence day: topic, not an actor"),
       P("زيارة دولة الى [الجزائر] بدعوة", "country", "DZ", 28.0, 3.0, 2589581),
       P("بأن تكون [الجزائر] أول محطة", "country", "DZ", 28.0, 3.0, 2589581,
         why="destination of the visits, a location"),
   ],
   event_places=[
       EP(0, None, why="announcement of a planned visit: the announcement's place is not given; a plan takes the "
                       "statement's place (gold 002 Turkish-meeting precedent), not the visit's"),
       EP(1, None, why="continues the presidency's statement, no place given"),
       EP(2, "الجزائر", why="the 2020 state visit happened in Algeria"),
   ],
   not_places=["[الشارع المغاربي]:", "الرئيس [الجزائري]", "الشعب [الجزائري]", "رئاسة [الجمهورية] اليوم",
               "إلى [الخارج]", "[المنطقة العربية]"])

# ---------------------------------------------------------------- r-mag-06
PA("r-mag-06",
   places=[],
   event_places=[EP(0, None, why="league round, no place named; all place words are club names")],
   not_places=["الجماهير [المغربية]", "[النادي المكناسي]", "[المغرب الفاسي]", "[الكوكب المراكشي]",
               "[اتحاد طنجة]", "[اتحاد تواركة]", "[أولمبيك آسفي]", "[أولمبيك الدشيرة]",
               "[الدفاع الحسني الجديدي]", "[اتحاد يعقوب المنصور]", "[حسنية أكادير]", "[نهضة الزمامرة]",
               "كرة القدم [المغربية]"])

# ---------------------------------------------------------------- r-mag-09
PA("r-mag-09",
   places=[
       P("في [مدينة يسر] بمنطقة", "city", "DZ", 36.72, 3.67, None,
         why="Issers (Boumerdès); not in cities500, point from knowledge"),
       P("مدينة يسر ب[منطقة القبائل]،", "area", "DZ", 36.6, 4.3, None,
         why="Kabylie, a named region that is not an administrative unit; centre point from knowledge"),
       P("في [منطقة القبائل] الجبلية", "area", "DZ", 36.6, 4.3, None),
       P("في [بلدة تيزي وزو] شرقي", "city", "DZ", 36.71182, 4.04591, 2475744),
       P("شرقي [الجائر العاصمة]", "city", "DZ", 36.73225, 3.08746, 2507480,
         why="misspelt الجزائر العاصمة = Algiers; شرقي is 'east of' (Tizi Ouzou lies ~100 km east), "
             "so the mention is the city, not an 'East Algiers' area"),
       P("محكمة في [الجزائر العاصمة] في دجنبر", "city", "DZ", 36.73225, 3.08746, 2507480),
   ],
   event_places=[
       EP(0, "مدينة يسر", why="the bombed school is in Issers (most specific named place)"),
       EP(1, "منطقة القبائل"),
       EP(2, "بلدة تيزي وزو"),
       EP(3, "الجزائر العاصمة"),
   ],
   not_places=["43 [جزائريا]", "وزارة الداخلية [الجزائرية]", "الحكومة [الجزائرية]", "الصحف [الجزائرية]",
               "تنظيم القاعدة في [بلاد المغرب الإسلامي]", "[مدرسة تدريب الدرك الوطني]"])

# ---------------------------------------------------------------- r-mag-12
PA("r-mag-12",
   places=[
       P("ب[ساحة جامع الفناء] بمراكش", "site", "MA", 31.6258, -7.9892, None,
         why="Jemaa el-Fna square; not in cities500, point from knowledge"),
       P("جامع الفناء ب[مراكش]", "city", "MA", 31.63416, -7.99994, 2542997),
       P("المستضفى ب[مراكش]", "city", "MA", 31.63416, -7.99994, 2542997),
   ],
   event_places=[
       EP(0, "ساحة جامع الفناء", why="the blast in a restaurant on the square: most specific named place"),
       EP(1, "ساحة جامع الفناء", why="rescue at the blast site, carried over; بمراكش here only places the hospital"),
       EP(2, "ساحة جامع الفناء", why="toll of the same blast, carried over"),
   ])

# ---------------------------------------------------------------- r-mag-15
PA("r-mag-15",
   places=[
       P("الرئاسة في [موريتانيا]", "country", "MR", 20.25, -10.5, 2378080),
       P("القصر الرئاسي في [نواقشوط]", "city", "MR", 18.08581, -15.9785, 2377450,
         why="spelt نواقشوط in the text = Nouakchott"),
   ],
   event_places=[
       EP(0, "موريتانيا", why="the 2008 overthrow, in the same sentence that sets the story in Mauritania"),
       EP(1, "نواقشوط", why="voting 'في قصر الرئاسة', the presidential palace the sentence before places in Nouakchott"),
       EP(2, "موريتانيا", why="nationwide vote count of the election 'في موريتانيا'; Nouakchott was only the palace's place"),
   ],
   not_places=["الناخبين [الموريتانيين]", "[القصر الرئاسي] في", "في [قصر الرئاسة] أول", "رئيس [موريتاني]"])

# ---------------------------------------------------------------- r-pal-02
PA("r-pal-02",
   places=[
       P("[غزة]-معا-", "city", "PS", 31.50161, 34.46672, 281133, why="dateline"),
       P("في [الوسطى]", "region", "PS", 31.42, 34.35, None,
         why="the Middle Area (Deir al-Balah) governorate of the Gaza Strip; centre from knowledge"),
       P("والاخر في [رفح]", "city", "PS", 31.29722, 34.24357, 281102),
       P("[منطقة جحر الديك]", "city", "PS", 31.45571, 34.43719, 6967895, why="Juhor ad-Dik village"),
       P("في [حي الجنينة] برفح", "district", "PS", 31.285, 34.265, None,
         why="al-Jneina neighbourhood of Rafah; point from knowledge"),
       P("حي الجنينة ب[رفح]", "city", "PS", 31.29722, 34.24357, 281102),
       P("محافظات [قطاع غزة]", "area", "PS", 31.42, 34.36, None, why="the Gaza Strip as a whole"),
       P("بين [حي الصبرة] والزيتون", "district", "PS", 31.505, 34.455, None,
         why="Sabra, Gaza City; point from knowledge"),
       P("حي الصبرة و[الزيتون]", "district", "PS", 31.49, 34.455, None,
         why="Zeitoun, Gaza City; point from knowledge"),
   ],
   event_places=[
       EP(0, "الوسطى", why="the two deaths, first named place"),
       EP(1, "منطقة جحر الديك"),
       EP(2, "حي الجنينة"),
       EP(3, "غزة", why="Strip-wide toll: القطاع is not a mention; dateline city as fallback"),
       EP(4, "قطاع غزة"),
       EP(5, "حي الصبرة", why="between Sabra and Zeitoun: first named"),
   ],
   not_places=["على [القطاع] لليوم", "للعدوان [الاسرائيلي]", "الاحتلال [الإسرائيلي] للتهدئة", "[وزارة الصحة]"])

# ---------------------------------------------------------------- r-pal-06
PA("r-pal-06",
   places=[
       P("محكمة الاحتلال في [عوفر]", "site", "PS", 31.877, 35.17, None,
         why="Ofer military camp/court near Beitunia; not in cities500, point from knowledge"),
       P("الأسرى في [الضفة].", "area", "PS", 31.95, 35.25, None,
         why="the usual short name of the West Bank; locative after a body, so a mention"),
   ],
   event_places=[],
   not_places=["[نادي الأسير] باسم", "[المحكمة العسكرية]"])

# ---------------------------------------------------------------- r-pal-08
PA("r-pal-08",
   places=[
       P("داخل [مدينة القدس] المحتلة", "city", "PS", 31.76904, 35.21633, 281184,
         why="GeoNames point/id (filed under IL there); country given as PS for the occupied East Jerusalem the text means"),
       P("داخل [مدينة القدس] (داخل", "city", "PS", 31.76904, 35.21633, 281184),
   ],
   event_places=[
       EP(0, None, why="the ministry's announcement of a postponement (a plan); its own place is not given"),
       EP(1, None, why="spokesman's statement, no place given"),
       EP(2, None, why="continues the statement (وأضاف): about future exams, statement place not given"),
       EP(3, None, why="ministry's wish, no place"),
   ],
   not_places=["[مديرية القدس]", "(داخل [الجدار])", "لـ\"[وفا]\""])

# ---------------------------------------------------------------- r-pan-03
PA("r-pan-03",
   places=[
       P("أعلنت [المملكة العربية السعودية]", "country", "SA", 25.0, 45.0, 102358, role="actor"),
       P("على [صعيد عرفات]", "area", "SA", 21.355, 39.984, None,
         why="the plain of Arafat near Mecca; not in cities500 (the Arafat there is in Mauritania)"),
   ],
   event_places=[
       EP(0, None, why="Saudi Arabia is an actor; no other place for the announcement"),
       EP(1, None, why="consequence of the announcement; Arafat is the place of a future rite, not of this event"),
   ],
   not_places=["[الأمتين العربية والإسلامية]"])

# ---------------------------------------------------------------- r-pan-06
PA("r-pan-06",
   places=[
       P("الوصول إلى [مصر] (", "country", "EG", 27.0, 30.0, 357994),
       P("([سواحل البحر الأبيض المتوسط])", "area", "EG", 31.2, 29.0, None,
         why="here Egypt's Mediterranean coast (the parenthesis specifies where in Egypt); centre from knowledge"),
       P("في [اليونان] وليبيا", "country", "GR", 39.0, 22.0, 390903),
       P("اليونان و[ليبيا]", "country", "LY", 25.0, 17.0, 2215636),
       P("وصلت [السواحل الليبية] قادمة", "area", "LY", 32.1, 20.5, None,
         why="Libya's coast, named stretch; point at the eastern coast where Daniel made landfall"),
       P("قادمة من [اليونان]", "country", "GR", 39.0, 22.0, 390903),
       P("وصل [السواحل الليبية] قبل", "area", "LY", 32.1, 20.5, None),
       P("على [السلوم] ومطروح", "city", "EG", 31.55371, 25.15793, 359867),
       P("على السلوم و[مطروح]", "city", "EG", 31.3529, 27.23725, 352733,
         why="in a list of towns: Marsa Matruh (city), not the governorate"),
       P("و[سيوة] وتمتد", "city", "EG", 29.2032, 25.51965, 347863),
       P("مناطق من [الإسكندرية]", "city", "EG", 31.20176, 29.91582, 361058),
       P("سكان [مصر]", "country", "EG", 27.0, 30.0, 357994),
       P("مناطق [السلوم] ومطروح", "city", "EG", 31.55371, 25.15793, 359867),
       P("مناطق السلوم و[مطروح]", "city", "EG", 31.3529, 27.23725, 352733),
       P("ومطروح و[سيوة].", "city", "EG", 29.2032, 25.51965, 347863),
       P("أشخاص في [اليونان]", "country", "GR", 39.0, 22.0, 390903),
   ],
   event_places=[
       EP(0, "سواحل البحر الأبيض المتوسط", why="Daniel approaching Egypt's Mediterranean coast: most specific place given"),
       EP(1, "السواحل الليبية", why="the dated occurrence is the landfall on the Libyan coast 'قبل ساعات'; "
                                     "the Egyptian authorities' warning has no place of its own"),
   ],
   not_places=["السلطات [المصرية] من", "هيئة الأرصاد الجوية [المصرية]", "الأرصاد [المصرية] أن",
               "تشهد [البلاد]", "أنحاء [الجمهورية]"])

# ---------------------------------------------------------------- r-pan-09
PA("r-pan-09",
   places=[
       P("التضخم ب[تركيا]", "country", "TR", 39.0, 35.0, 298795, why="inflation in Turkey: a location, not an actor"),
   ],
   event_places=[
       EP(0, None, why="the central bank's cut: no place named (Ankara not in the text)"),
       EP(1, None),
       EP(2, None),
       EP(3, "تركيا"),
   ],
   not_places=["البنك المركزي [التركي]", "أجرته [رويترز]"])

# ---------------------------------------------------------------- r-pan-12
PA("r-pan-12",
   places=[
       P("العاصمة الأردنية [عمان] في", "city", "JO", 31.95522, 35.94503, 250441),
       P("كلا من [السعودية]", "country", "SA", 25.0, 45.0, 102358, why="tour destinations: locations, not actors"),
       P("السعودية و[العراق]", "country", "IQ", 33.0, 44.0, 99237),
       P("والعراق و[الكويت]", "country", "KW", 29.5, 47.75, 285570),
       P("و[سلطنة عمان] والبحرين", "country", "OM", 21.0, 57.0, 286963),
       P("عمان و[البحرين]", "country", "BH", 26.0, 50.55, 290291),
       P("والبحرين و[الإمارات]", "country", "AE", 24.0, 54.0, 290557),
   ],
   event_places=[
       EP(0, None, why="the ministry's statement about a planned trip; the statement's place is not given"),
       EP(1, None, why="continues the statement"),
   ],
   not_places=["وزير الخارجية [المصري]", "رئيس [بلاده]", "وزارة الخارجية [المصرية]", "[العاصمة الأردنية]",
               "الرئيس [المصري]", "ولم توضح الخارجية [المصرية]", "[الدول العربية] المذكورة", "تلك [البلدان]"])

# ---------------------------------------------------------------- r-pan-15
PA("r-pan-15",
   places=[
       P("الشرطة الاتحادية في [العراق]", "country", "IQ", 33.0, 44.0, 99237,
         why="locative after a body, a mention (not an actor)"),
       P("محور [جنوبي الموصل]", "area", "IQ", 36.0, 43.2, None, why="the area south of Mosul; centre from knowledge"),
       P("تحرير [نينوي]", "region", "IQ", 36.2, 42.6, None, why="Nineveh governorate (spelt نينوي); centre from knowledge"),
       P("اقتحام [مدينة الموصل]", "city", "IQ", 36.335, 43.11889, 99072),
   ],
   event_places=[
       EP(0, "جنوبي الموصل", why="cumulative toll: takes the occurrence's place"),
       EP(1, "جنوبي الموصل", why="the southern axis, continuing the same report"),
   ],
   not_places=["[المحور الجنوبي]"])

# ---------------------------------------------------------------- r-sdn-03
PA("r-sdn-03",
   places=[
       P("ب[ولاية الجزيرة]، إلى", "region", "SD", 14.4, 33.5, None, why="Gezira state; centre from knowledge"),
       P("ب[ولاية الجزيرة]، إضافة", "region", "SD", 14.4, 33.5, None),
   ],
   event_places=[],
   not_places=["ومدارس الصداقة [السودانية]، لتُجرى", "السودانية ب[الخارج]"])

# ---------------------------------------------------------------- r-yem-06
PA("r-yem-06",
   places=[],
   event_places=[
       EP(0, None, why="only place word is the title ملك البحرين"),
       EP(1, None),
       EP(2, None),
       EP(3, None, why="'in embassies abroad': no named place"),
   ],
   not_places=["[ملك البحرين]", "وكالة أنباء [البحرين]", "البعثات الدبلوماسية [البحرينية]", "في [الخارج]"])
