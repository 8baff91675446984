from placekit import PA, P, EP

# Countries: GeoNames country ids, usual centre points.
SA = ("country", "SA", 25.0, 45.0, 102358)
YE = ("country", "YE", 15.5, 47.5, 69543)
IR = ("country", "IR", 32.0, 53.0, 130758)
SY = ("country", "SY", 35.0, 38.0, 163843)
LB = ("country", "LB", 33.83, 35.83, 272103)
KW = ("country", "KW", 29.5, 47.75, 285570)
TN = ("country", "TN", 34.0, 9.0, 2464461)
DZ = ("country", "DZ", 28.0, 3.0, 2589581)
LY = ("country", "LY", 25.0, 17.0, 2215636)
SD = ("country", "SD", 15.0, 30.0, 366755)
TR = ("country", "TR", 39.0, 35.0, 298795)
MR = ("country", "MR", 20.0, -12.0, 2378080)
AE = ("country", "AE", 24.0, 54.0, 290557)
QA = ("country", "QA", 25.5, 51.25, 289688)

SANAA = ("city", "YE", 15.35452, 44.20646, 71137)
TRIPOLI_LY = ("city", "LY", 32.88743, 13.18733, 2210247)
SALE = ("city", "MA", 34.0531, -6.79846, 2537763)

# ---------------------------------------------------------------- r-e-02
PA("r-e-02",
   places=[
       P("[صنعاء] 6 سبتمبر", *SANAA, why="dateline"),
       P("بقيادة\n[السعودية] اليوم", *SA, role="actor", why="the state leading the coalition"),
       P("العاصمة اليمنية [صنعاء] ثأرا", *SANAA),
       P("تهيمن على\n[اليمن] لقتلها", *YE, why="the country as the place the group controls, not acting"),
       P("أسرتين في [صنعاء] بسبب", *SANAA),
       P("المتحالفون مع [إيران] يوم", *IR, role="actor", why="Iran as the state allied with the Houthis"),
       P("في [مأرب] حيث", "city", "YE", 15.46253, 45.32581, 72968),
       P("لهجوم على [صنعاء].", *SANAA),
   ],
   event_places=[
       EP(0, "صنعاء"),
       EP(1, "مأرب", why="the killing of coalition soldiers two days before (Friday 4 Sep) is the Friday Houthi "
                         "attack told in the last sentence, which names Marib; the Sanaa dateline would be wrong"),
       EP(2, "صنعاء", why="'شمال العاصمة' = north of Sanaa; the university is not tagged as a place"),
       EP(3, "صنعاء", why="residents' account of the night's strikes, carried over from Sanaa"),
       EP(4, "صنعاء", why="a resident of Sanaa; carried over / dateline"),
       EP(5, "صنعاء"),
       EP(6, "صنعاء", why="continues the Sanaa toll"),
       EP(7, "مأرب"),
   ],
   not_places=[
       "[العاصمة اليمنية] صنعاء",
       "في شمال\n[العاصمة].",
       "ما كان سابقا\n[جامعة الإمام]",
       "للرئيس [اليمني] السابق",
       "[بتوقيت جرينتش]",
   ])

# ---------------------------------------------------------------- r-e-04
PA("r-e-04",
   places=[],
   event_places=[
       EP(0, None, why="no place named; المملكة is the outlet / stands for the country"),
       EP(1, None, why="no place named"),
   ],
   not_places=[
       "لـ \"[المملكة]\"",
       "المفتي العام [للمملكة]",
   ])

# ---------------------------------------------------------------- r-e-06
PA("r-e-06",
   places=[
       P("الى [ساحة النجمة] حيث", "site", "LB", 33.8965, 35.5044, None,
         why="Nejmeh Square, Beirut, seat of parliament; not in cities500, point from knowledge"),
   ],
   event_places=[
       EP(0, "ساحة النجمة"),
       EP(1, "ساحة النجمة", why="the parliament meeting at Nejmeh Square today, same story, carried over"),
       EP(2, None, why="an earlier session that was not held; no place given in that paragraph"),
   ],
   not_places=[
       "رئيس [للجمهورية اللبنانية].",
       "رئيس جديد [للجمهورية اللبنانية]",
       "رئيس [مجلس النواب]",
   ])

# ---------------------------------------------------------------- r-e-08
PA("r-e-08",
   places=[
       P("طلال جاسر من [الكويت]:", *KW, why="byline location; Kuwait the country (also Kuwait City's name)"),
       P("محكمة الاستئناف في [الكويت] في جلسة", *KW, why="the country's court of appeal"),
   ],
   event_places=[
       EP(0, "الكويت"),
       EP(1, "الكويت", why="same court session, carried over"),
       EP(2, "الكويت", why="same session, carried over"),
   ],
   not_places=[
       "دخول [مجلس الأمة الكويتي] والمتهم فيها 70 مواطناً بينهم 9 نواب سابقين إلى",
       "من [السجن المركزي]",
       "سماع شهادة رئيسي [مجلس الأمة] السابقين",
   ])

# ---------------------------------------------------------------- r-e-10
PA("r-e-10",
   places=[
       P("[القدس] المحتلة", "city", "IL", 31.76904, 35.21633, 281184,
         why="dateline; GeoNames point and country code; المحتلة is an adjective, left out"),
       P("لدول [الحوض الشرقي للبحر الابيض المتوسط]", "area", "XX", 34.0, 32.0, None,
         why="the eastern Mediterranean basin, a sea area in no country; the countries themselves are not named here"),
       P("عموما و[سوريا] ولبنان", *SY),
       P("وسوريا و[لبنان] بشكل", *LB),
       P("إلى [الساحل السوري]", "area", "SY", 35.3, 35.95, None, why="a coast: area; point from knowledge"),
   ],
   event_places=[
       EP(0, "سوريا", why="the storm hitting 'بلاد الشام عموما وسوريا ولبنان'; first named mention (بلاد الشام not a place)"),
       EP(1, "سوريا", why="same storm, carried over"),
       EP(2, "سوريا", why="same storm, carried over"),
       EP(3, "سوريا", why="same storm, carried over"),
   ],
   not_places=[
       "[بتوقيت القدس]",
       "ستضربان [بلاد الشام] عموما",
       "[وكالة ناسا] تحذيراً",
   ])

# ---------------------------------------------------------------- r-e-12
GAZA_STRIP = ("region", "PS", 31.42, 34.37, None)
PA("r-e-12",
   places=[
       P("المتواصل على [قطاع غزة] منذ", *GAZA_STRIP, why="the Gaza Strip, a territory of Palestine; centre point"),
       P("في [منطقة زيكيم] شمال", "area", "PS", 31.58, 34.49, None,
         why="the Zikim (crossing) area on the Gaza side, NW Gaza Strip; point from knowledge"),
       P("زيكيم [شمال غرب قطاع غزة].", "area", "PS", 31.55, 34.47, None, why="one side of the Strip, like شرق حلب"),
       P("في [منطقة موراج] شمال", "area", "PS", 31.30, 34.28, None,
         why="Morag area between Rafah and Khan Younis; point from knowledge"),
       P("موراج [شمال رفح] جنوب", "area", "PS", 31.31, 34.27, None, why="the area north of Rafah"),
       P("رفح [جنوب قطاع غزة].", "area", "PS", 31.32, 34.30, None, why="southern Gaza Strip"),
       P("في [حي الزيتون] جنوب", "district", "PS", 31.49, 34.455, None, why="Zeitoun, Gaza City; point from knowledge"),
       P("الزيتون [جنوب شرق مدينة غزة].", "area", "PS", 31.49, 34.46, None, why="south-east side of Gaza City"),
       P("الفلسطينية ب[غزة]،", "city", "PS", 31.50161, 34.46672, 281133,
         why="locative after the ministry: where the body sits; read as the city of Gaza"),
   ],
   event_places=[
       EP(0, "قطاع غزة"),
       EP(1, "منطقة زيكيم"),
       EP(2, "منطقة موراج", why="where the victims were shot; the hospital only received them"),
       EP(3, "حي الزيتون"),
       EP(4, "غزة", why="Strip-wide 24h toll (مستشفيات القطاع, unnamed); statement placed through the ministry in Gaza"),
       EP(5, "غزة", why="continues the ministry's statement"),
       EP(6, "غزة", why="continues the ministry's toll"),
   ],
   not_places=[
       "[فلسطين اليوم]\n",
       "استشهد 27 [فلسطينيا]",
       "[مجمع ناصر الطبي]",
       "مستشفيات [القطاع]",
       "وزارة الصحة [الفلسطينية]",
       "في قصف [إسرائيلي]",
   ])

# ---------------------------------------------------------------- r-e-14
PA("r-e-14",
   places=[
       P("[القاهرة]- سبوتنيك", "city", "EG", 30.06263, 31.24967, 360630, why="dateline"),
       P("على [مدينة ضحيان]", "city", "YE", 17.04, 43.60, None,
         why="Dahyan, Saada governorate; not in cities500, point from knowledge"),
       P("تقوده [المملكة العربية السعودية] في", *SA, role="actor", why="the state leading the coalition"),
       P("السعودية في [اليمن]، أن", *YE, why="location of the coalition's action"),
       P("على [محافظة صعدة]،", "region", "YE", 17.0, 43.8, None, why="Saada governorate; centre point"),
       P("على [جازان] ليلة", "city", "SA", 16.88917, 42.55111, 105299),
       P("وتقود [السعودية] والإمارات", *SA, role="actor"),
       P("السعودية و[الإمارات]، منذ", *AE, role="actor"),
       P("ويشهد [اليمن] أسوأ", *YE, why="the country as the place of the crisis"),
   ],
   event_places=[
       EP(0, "محافظة صعدة"),
       EP(1, "محافظة صعدة", why="the spokesman's statement reports today's targeting, placed in Saada just before"),
       EP(2, "جازان", why="the missile fired on Jazan; the only place named for it"),
   ],
   not_places=[
       "وزارة الصحة [اليمنية]",
       "\"[التحالف العربي]\"",
       "الرئيس [اليمني]،",
       "ألف [يمني]",
       "[الأمم المتحدة]",
   ])

# ---------------------------------------------------------------- r-e-16
PA("r-e-16",
   places=[
       P("على [استاد الملك فهد الدولي]", "site", "SA", 24.7892, 46.8397, None,
         why="King Fahd International Stadium, Riyadh; a named venue; point from knowledge"),
       P("«دربي [الرياض]»", "city", "SA", 24.68773, 46.72185, 108410,
         why="the city named in the derby's name, as 'معركة حلب' is tagged in the gold"),
       P("«دربي [جدة]»", "city", "SA", 21.49012, 39.18624, 105343, why="as دربي الرياض"),
       P("على [ملعب الجوهرة] في", "site", "SA", 21.764, 39.163, None,
         why="Al-Jawhara stadium (King Abdullah Sports City), Jeddah; point from knowledge"),
       P("الجوهرة في [جدة]،", "city", "SA", 21.49012, 39.18624, 105343),
   ],
   event_places=[],
   not_places=[
       "الدوري [السعودي] للمحترفين",
       "ضيفاً على [أبها]",
   ])

# ---------------------------------------------------------------- r-w-02
PA("r-w-02",
   places=[
       P("للأنباء([نواكشوط])", "city", "MR", 18.08581, -15.9785, 2377450, why="the agency's dateline"),
       P("تشهدها العاصمة [طرابلس]", *TRIPOLI_LY),
       P("اشتباكات في [طرابلس] بين", *TRIPOLI_LY),
       P("قرب [شارع الزاوية]", "site", "LY", 32.875, 13.17, None,
         why="Zawiya Street, Tripoli; a named road; point from knowledge"),
       P("الزاوية و[باب بن غشير]", "district", "LY", 32.862, 13.19, None,
         why="Bab Ben Ghashir, a Tripoli quarter; point from knowledge"),
       P("أغلقت [الطريق الساحلي]", "site", "LY", 32.6, 14.2, None,
         why="the Libyan Coastal Road (its name), Tripoli-Misrata stretch; midpoint"),
       P("بين العاصمة [طرابلس] ومصراتة", *TRIPOLI_LY),
       P("طرابلس و[مصراتة]،", "city", "LY", 32.37535, 15.09254, 2214846),
       P("عند [بوابة وادي كعام]", "site", "LY", 32.53, 14.38, None,
         why="Wadi Ka'am checkpoint gate between Khoms and Zliten; point from knowledge"),
   ],
   event_places=[
       EP(0, "طرابلس", why="the ministry's toll of the Tripoli clashes; occurrence's place, from the sentence before"),
   ],
   not_places=[
       "بقيادة عماد [الطرابلسي]",
       "وذكرت [بوابة الوسط]",
       "تشهدها [العاصمة] طرابلس",
   ])

# ---------------------------------------------------------------- r-w-04
PA("r-w-04",
   places=[],
   event_places=[
       EP(0, None, why="no place named"),
       EP(1, None, why="بالمملكة stands for the country without naming it"),
       EP(2, None, why="no place named"),
   ],
   not_places=[
       "الإسلامية [بالمملكة]",
       "ولعموم [المغاربة]",
       "علينا جميعا ب[اليمن] والإيمان",
       "[هوية بريس]",
   ])

# ---------------------------------------------------------------- r-w-06
PA("r-w-06",
   places=[
       P("في [منطقة غار الدماء] في", "city", "TN", 36.44788, 8.4413, 2471003, why="Ghardimaou"),
       P("في [محافظة جندوبة] شمال", "region", "TN", 36.55, 8.75, None, why="Jendouba governorate; centre point"),
       P("الحدود مع [الجزائر].", *DZ),
       P("منطقة \"[غار الدماء]\"", "city", "TN", 36.44788, 8.4413, 2471003),
       P("الأكبر في [تونس] بعد", *TN),
       P("في [بلدة بن قردان] على", "city", "TN", 33.13783, 11.21965, 2472431),
       P("الجنوبية مع [ليبيا]،", *LY),
       P("وتعرضت ل[تونس] لثلاث", *TN, why="the country as the place attacked"),
       P("في [مدينة سوسة] و", "city", "TN", 35.82539, 10.63699, 2464915),
       P("و[متحف باردو] وأسفر", "site", "TN", 36.80917, 10.13472, None,
         why="the Bardo museum, a named landmark (in Le Bardo, 2472675); point from knowledge"),
       P("و[تونس] في حالة", *TN, why="the country under emergency, not acting"),
   ],
   event_places=[
       EP(0, "منطقة غار الدماء"),
       EP(1, "منطقة غار الدماء", why="continues the TV report (وأضاف)"),
       EP(2, "غار الدماء"),
       EP(3, "غار الدماء", why="the ministry's toll of the same ambush, carried over"),
       EP(4, "غار الدماء", why="combing 'the area', carried over"),
       EP(5, "بلدة بن قردان"),
   ],
   not_places=[
       "التلفزيون الرسمي [التونسي]",
       "شمال غربي [البلاد]",
       "وزارة الداخلية [التونسية]",
       "صحيفة [الشروق التونسية]",
   ])

# ---------------------------------------------------------------- r-w-08
PA("r-w-08",
   places=[
       P("المركزية في [السودان] اليوم", *SD, why="locative after the committee"),
       P("في مدن [الخرطوم] المختلفة", "region", "SD", 15.6, 32.6, None,
         why="'the cities of Khartoum': Khartoum state / the three-city capital; point near the capital"),
   ],
   event_places=[
       EP(0, "السودان", why="the committee in Sudan reports the killings; no nearer place named"),
       EP(1, "السودان", why="continues the committee's statement"),
       EP(2, "السودان", why="the protests, carried over"),
       EP(3, "السودان", why="army HQ is not tagged; carried over"),
       EP(4, "السودان", why="carried over"),
       EP(5, "السودان", why="carried over"),
       EP(6, "الخرطوم", why="the protesters at the HQ in the capital; Khartoum named in the sentence just before"),
   ],
   not_places=[
       "القوات النظامية [السودانية]",
       "محيط [القيادة العامة للجيش السوداني]",
       "[وكالة الأنباء الألمانية]",
       "تجمع المهنيين [السودانيين]",
       "في قلب [العاصمة]",
       "[بتوقيت الخرطوم]",
   ])

# ---------------------------------------------------------------- r-w-10
PA("r-w-10",
   places=[],
   event_places=[],
   not_places=[
       "حددت [الهيئة الوطنية للانتخابات] الإجراءات",
   ])

# ---------------------------------------------------------------- r-w-12
PA("r-w-12",
   places=[
       P("الإرهاب ب[مدينة سلا]،", *SALE),
       P("سفير روسيا ب[أنقرة].", "city", "TR", 39.91987, 32.85427, 323786,
         why="locative: the ambassador in Ankara, where he was killed"),
       P("الابتدائية بملحقة [سلا]،", *SALE, why="the Salé annex of the court: locative"),
       P("السفير الروسي في [تركيا]، وضمنهم", *TR, why="locative after a person"),
       P("الابتدائية في [سلا]، التابعة", *SALE),
       P("محكمة الاستئناف في [الرباط]،", "city", "MA", 34.01325, -6.83255, 2538475),
       P("السفير الروسي\" في [تركيا]، في", *TR),
       P("السجن المحلي ل[سلا].", *SALE, why="the local prison of Salé: locative, as المجلس المحلي بحلب"),
   ],
   event_places=[
       EP(0, "مدينة سلا"),
       EP(1, "سلا"),
       EP(2, "سلا"),
       EP(3, "سلا", why="the same Salé chamber (ذات المحكمة), carried over"),
   ],
   not_places=[
       "اغتيال سفير [روسيا] بأنقرة",
       "بمقتل السفير [الروسي] في تركيا، وضمنهم",
       "الشباب [البيجيدي]",
   ])

# ---------------------------------------------------------------- r-w-14
BOUMERDES_W = ("region", "DZ", 36.7, 3.65, None)
ISSERS = ("city", "DZ", 36.7236, 3.6647, None)
PA("r-w-14",
   places=[
       P("الإرهابيين [ولاية بومرداس]،", *BOUMERDES_W, why="Boumerdès wilaya; centre point"),
       P("الوطني ب[يسر]،", *ISSERS, why="Issers; not in cities500, point from knowledge"),
       P("مدخل [بلدية يسر]،", *ISSERS, why="Issers commune"),
       P("يسر، [شرق ولاية بومرداس]،", "area", "DZ", 36.72, 3.72, None, why="the eastern side of the wilaya"),
       P("إلى [الجزائر العاصمة]،", "city", "DZ", 36.73225, 3.08746, 2507480,
         why="Algiers; العاصمة distinguishes the city from the country"),
   ],
   event_places=[
       EP(0, "بلدية يسر", why="the school at the entrance of Issers; the school itself not tagged"),
       EP(1, "بلدية يسر", why="same attack; Algiers is only the car's direction"),
       EP(2, "بلدية يسر", why="same attack"),
   ],
   not_places=[
       "مدخل [المدرسة العليا للدرك الوطني] بيسر",
       "وزير الداخلية والجماعات المحلية ب[عين المكان]",
       "\"الفجر\" من [عين المكان]",
   ])

# ---------------------------------------------------------------- r-w-16
PA("r-w-16",
   places=[
       P("1445 في [موريتانيا]،", *MR),
       P("في عموم [موريتانيا]،", *MR),
       P("بينها [الجزائر] والسعودية", *DZ, role="actor", why="states announcing the sighting"),
       P("الجزائر و[السعودية] والإمارات", *SA, role="actor"),
       P("والسعودية و[الإمارات] وقطر", *AE, role="actor"),
       P("والإمارات و[قطر].", *QA, role="actor"),
   ],
   event_places=[
       EP(0, "موريتانيا"),
       EP(1, "موريتانيا", why="the committee's statement, same story; 'في عموم موريتانيا'"),
       EP(2, None, why="the announcing countries are actors; no other place"),
   ],
   not_places=[
       "عدة [دول عربية]",
   ])
