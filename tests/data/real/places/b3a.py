from placekit import PA, P, EP

# ---------------------------------------------------------------- r-egy-05
PA("r-egy-05",
   places=[
       P("مركز أمني في [محافظة سيناء] بشمال", "region", "EG", 30.6, 33.7, None,
         why="no 'Sinai governorate' exists; the text means North Sinai (named as such below); centre of North Sinai"),
       P("منطقة ب[غرب سيناء]", "area", "EG", 30.2, 32.8, None,
         why="western Sinai, east of the Suez Canal; area centre"),
       P("الأمنية ب[محافظة شمال سيناء]", "region", "EG", 30.6, 33.7, None,
         why="North Sinai governorate, not in cities500; centre point"),
   ],
   event_places=[
       EP(0, "محافظة سيناء"),
       EP(1, "غرب سيناء"),
       EP(2, "محافظة شمال سيناء"),
       EP(3, "محافظة شمال سيناء", why="the same clash 'بمحيط أحد الارتكازات الأمنية', carried over from the sentence before"),
       EP(4, "محافظة شمال سيناء", why="'في المنطقة' = the same area, carried over"),
   ],
   not_places=["الجيش [المصري] أن", "بشمال [البلاد]", "شمال شرق [البلاد]"])

# ---------------------------------------------------------------- r-gulf-02
PA("r-gulf-02",
   places=[
       P("المستهلك في [المملكة العربية السعودية] لشهر", "country", "SA", 25.0, 45.0, 102358,
         why="the country whose prices are measured: a location, not an actor"),
   ],
   event_places=[
       EP(0, None, why="the release of the report: where it was made is not said, and GaStat is not placed; 'في المملكة' belongs to the prices, not to the release (cf. Hajji Hassan in gold 001)"),
       EP(1, "المملكة العربية السعودية", why="the December CPI fall happened in Saudi Arabia, carried over from the sentence before"),
   ],
   not_places=["[الهيئة العامة للإحصاء] (GaStat)"])

# ---------------------------------------------------------------- r-gulf-04
PA("r-gulf-04",
   places=[
       P("أعلنت [البحرين]، أمس", "country", "BH", 26.0, 50.55, 290291, role="actor",
         why="Bahrain announcing as a state"),
   ],
   event_places=[
       EP(0, None, why="the only place is the actor Bahrain; 'بالبلاد' does not name it"),
       EP(1, None, why="no place named; the prime minister's decision is not placed"),
       EP(2, None, why="'بالبلاد' is not a mention"),
   ],
   not_places=["المقبل [بالبلاد].", "البلدية [بالبلاد] بدءًا", "واحد [بالبلاد].", "وكالة الأنباء [البحرينية] الرسمية", "سلمان [آل خليفة] دعوة"])

# ---------------------------------------------------------------- r-gulf-06
PA("r-gulf-06",
   places=[
       P("[صنعاء]- «عمان»", "city", "YE", 15.35452, 44.20646, 71137, why="dateline"),
       P("بقيادة [السعودية] أكثر", "country", "SA", 25.0, 45.0, 102358, role="actor",
         why="Saudi Arabia leading the coalition as a state"),
       P("غارة جوية على [محافظة صعدة] (شمال", "region", "YE", 16.95, 43.65, None,
         why="Saada governorate (the city Sa'dah is 71334); governorate centre"),
       P("([شمال اليمن])", "area", "YE", 16.5, 44.0, None,
         why="northern Yemen, an area like جنوب لبنان; rough centre"),
       P("مديريات [الظاهر] وشذا", "region", "YE", 17.2, 43.35, None,
         why="al-Dhaher district of Saada governorate (second-level administrative division, plural classifier مديريات outside); centre from knowledge"),
       P("الظاهر و[شذا] وحيدان", "region", "YE", 17.1, 43.22, None,
         why="Shada district of Saada governorate; centre from knowledge"),
       P("وشذا و[حيدان] ورازح", "region", "YE", 16.77899, 43.43372, None,
         why="Haydan district; point of its seat Ḩaydān (411056), id left out because the mention is the district"),
       P("وحيدان و[رازح].", "region", "YE", 16.90916, 43.26226, None,
         why="Razih district; point of its seat An-Nadhir (34888), id left out because the mention is the district"),
       P("فيما أعلنت [السعودية]، عن", "country", "SA", 25.0, 45.0, 102358, role="actor",
         why="Saudi Arabia announcing as a state"),
       P("الجنوبي في [منطقة جازان]»", "region", "SA", 17.2, 42.7, None,
         why="Jazan Province (a Saudi منطقة is an administrative region); province centre"),
       P("للحدود مع [اليمن].", "country", "YE", 15.5, 47.5, 69543),
       P("الجنوبي في [جازان]»", "region", "SA", 17.2, 42.7, None,
         why="the same Jazan Province as 'منطقة جازان' above (the southern border front), not only the city"),
   ],
   event_places=[
       EP(0, "محافظة صعدة"),
       EP(1, "الظاهر", why="first of the districts listed side by side"),
       EP(2, "صنعاء", why="SPA's statement has no place of its own; PLACE-SPEC: in a datelined report such a statement takes the dateline's city (doubtful, as SPA is Saudi)"),
       EP(3, "منطقة جازان", why="the statement reports the killing there"),
       EP(4, "جازان", why="the statement reports the killing there"),
   ],
   not_places=["«[عمان]» -", "الطيران [السعودي] شنّ", "على [الحدود الجنوبية]،",
               "«[بالحد الجنوبي] في منطقة", "وكالة الأنباء [السعودية] الرسمية"])

# ---------------------------------------------------------------- r-gulf-08
PA("r-gulf-08",
   places=[],
   event_places=[],
   not_places=["جميع أنحاء [المملكة]،", "تقويم [أم القرى]", "المشكّلة في [المناطق] لهذا"])

# ---------------------------------------------------------------- r-irq-03
PA("r-irq-03",
   places=[
       P("تحالفان في [إقليم كردستان]،", "region", "IQ", 36.4, 44.4, None,
         why="Kurdistan Region of Iraq; centre point"),
   ],
   event_places=[
       EP(0, None, why="the commission's announcement is not placed"),
       EP(1, None, why="the spokeswoman's title does not place her"),
       EP(2, None, why="continues the unplaced statement"),
       EP(3, None, why="continues the unplaced statement"),
       EP(4, None, why="continues the unplaced statement; Kurdistan is where two alliances are, not where anything happened"),
   ],
   not_places=["[السومرية نيوز] ـ سياسي", "تابعته [السومرية نيوز]،"])

# ---------------------------------------------------------------- r-irq-05
PA("r-irq-05",
   places=[
       P("[بغداد] - IQ", "city", "IQ", 33.34058, 44.40088, 98182, why="dateline"),
       P("السيستاني في [النجف الأشرف]،", "city", "IQ", 32.02594, 44.34625, 98860,
         why="locative after a body: places Sistani's office"),
       P("الفطر في [العراق].", "country", "IQ", 33.0, 44.0, 99237),
   ],
   event_places=[
       EP(0, "النجف الأشرف", why="the announcing body, Sistani's office, is placed in Najaf by the text (next sentence); more specific than the dateline"),
       EP(1, "النجف الأشرف", why="the office 'في النجف الأشرف'"),
       EP(2, "النجف الأشرف", why="continues the statement"),
       EP(3, "بغداد", why="the Sunni Endowment's statement has no place of its own: dateline city"),
   ],
   not_places=["شبكة \"[الكفيل العالمية]\"", "[ديوان الوقف السني]"])

# ---------------------------------------------------------------- r-lby-01
PA("r-lby-01",
   places=[
       P("في سماء [طرابلس] إثر", "city", "LY", 32.88743, 13.18733, 2210247, why="photo caption, acting as the headline"),
       P("الاشتباكات المسلحة في [خلة الفرجان] وخلف", "district", "LY", 32.79, 13.23, None,
         why="Khallat al-Furjan, a quarter in south Tripoli; not in cities500"),
       P("وخلف [معسكر اليرموك] بعد", "site", "LY", 32.80, 13.22, None,
         why="Yarmouk military camp, south Tripoli; point from knowledge"),
       P("لاشتباكات [جنوب طرابلس] من", "area", "LY", 32.80, 13.20, None),
       P("المسلحة [جنوب شرق العاصمة طرابلس].", "area", "LY", 32.83, 13.26, None,
         why="south-east Tripoli; العاصمة kept inside as a singular classifier"),
   ],
   event_places=[
       EP(0, "طرابلس"),
       EP(1, "جنوب طرابلس", why="the toll is of the clashes south of Tripoli (first named of the two)"),
   ],
   not_places=["([بوابة الوسط])", "«[بوابة الوسط]»", "بإدارة شؤون الجرحى [طرابلس] بالمستشفى",
               "بالمستشفى الميداني [العاصمة]،", "[الضواحي الجنوبية للعاصمة]"])

# ---------------------------------------------------------------- r-lby-02
PA("r-lby-02",
   places=[
       P("دار الإفتاء في [الغرب الليبي] أعلن", "area", "LY", 31.5, 13.5, None,
         why="western Libya (Tripolitania), locative after a body; area centre"),
       P("للإفتاء في [الشرق الليبي] من", "area", "LY", 31.5, 21.5, None,
         why="eastern Libya (Cyrenaica), locative after a body; area centre"),
   ],
   event_places=[
       EP(0, "الغرب الليبي", why="the announcing body is placed 'في الغرب الليبي'"),
   ],
   not_places=["أعلنت [دار الإفتاء الليبية] رفض"])

# ---------------------------------------------------------------- r-lby-04
PA("r-lby-04",
   places=[
       P("الإسلامية ب[ليبيا] فجر", "country", "LY", 25.0, 17.0, 2215636,
         why="locative after a body: places the Awqaf authority"),
       P("مناطق مختلفة في [ليبيا]،", "country", "LY", 25.0, 17.0, 2215636),
       P("بينها: [مدينة سبها]،", "city", "LY", 27.03766, 14.42832, 2212775),
       P("سبها، و[بن جواد]، وسرت", "city", "LY", 30.80418, 18.0772, 2218562),
       P("جواد، و[سرت]، وبني", "city", "LY", 31.20892, 16.58866, 2210554),
       P("و[بني وليد]، وغيرها", "city", "LY", 31.74554, 13.98354, 2218840),
       P("المختصة ب[دولة ليبيا]،", "country", "LY", 25.0, 17.0, 2215636,
         why="locative after a body; singular classifier دولة kept inside"),
       P("الليبية في [العاصمة طرابلس] قد", "city", "LY", 32.88743, 13.18733, 2210247,
         why="locative after a body; العاصمة kept inside as classifier"),
   ],
   event_places=[
       EP(0, "ليبيا", why="the announcing authority is placed 'بليبيا'"),
       EP(1, "ليبيا", why="same authority"),
       EP(2, "ليبيا", why="statement by the same authority; the search for the crescent is placed no nearer"),
       EP(3, "ليبيا", why="carried over"),
       EP(4, "مدينة سبها", why="sightings in several places: the most specific, first named"),
       EP(5, "ليبيا", why="the same authority"),
       EP(6, "العاصمة طرابلس", why="the Dar al-Ifta 'في العاصمة طرابلس'"),
   ],
   not_places=["[دار الإفتاء الليبية] في"])

# ---------------------------------------------------------------- r-lev-03
PA("r-lev-03",
   places=[
       P("أن يشهد [لبنان] طقسًا", "country", "LB", 33.83333, 35.83333, 272103,
         why="a location (weather over Lebanon), not an actor"),
       P("على [الحوض الشرقي للمتوسط].", "area", "XX", 34.0, 28.0, None,
         why="the eastern Mediterranean basin, a sea area in no country"),
   ],
   event_places=[],
   not_places=["في [المناطق الشمالية]،", "تأثر [البلاد] بمنطقة", "أمطار متفرقة [شمال البلاد] مساءً",
               "الحرارة على [الساحل] مقابل"])

# ---------------------------------------------------------------- r-lev-06
PA("r-lev-06",
   places=[
       P("التي شهدتها [مدينة الكرك]،", "city", "JO", 31.18248, 35.69999, 250624,
         why="al-Karak (GeoNames 'Qīr Moāv')"),
       P("الأمنية في [منطقة الكرك] “ضد", "area", "JO", 31.18248, 35.69999, None,
         why="the Karak area, not a defined unit; point of the city"),
   ],
   event_places=[
       EP(0, "مدينة الكرك"),
       EP(1, None, why="an event dated by the statement (اليوم الإثنين) of unplaced directorates; cf. Hajji Hassan in gold 001"),
       EP(2, "منطقة الكرك", why="the end of the operation, dated by the occurrence"),
   ],
   not_places=["الجنسية [الكندية].", "القوات [الأردنية] “تمكنت", "صحيفة “[الغد]”"])

# ---------------------------------------------------------------- r-lev-09
PA("r-lev-09",
   places=[],
   event_places=[
       EP(0, None, why="no place in the text; the council is not placed"),
   ],
   not_places=["[هوى الشام]| أعلن"])

# ---------------------------------------------------------------- r-lev-12
PA("r-lev-12",
   places=[
       P("منطقتي [التبانة] وجبل", "district", "LB", 34.4425, 35.8425, None,
         why="Bab al-Tabbaneh, Tripoli (Lebanon); plural classifier منطقتي outside; not in cities500"),
       P("التبانة و[جبل محسن] بعد", "district", "LB", 34.4465, 35.848, None,
         why="Jabal Mohsen, Tripoli (Lebanon)"),
       P("احياء [الملولة] ، البقار", "district", "LB", 34.452, 35.852, None,
         why="al-Mallouleh, Tripoli (Lebanon); plural classifier احياء outside"),
       P("الملولة ، [البقار]،", "district", "LB", 34.4475, 35.852, None,
         why="al-Baqqar, Tripoli (Lebanon)"),
       P("ومحيط [سوبرماركت الريفا].", "site", "LB", 34.445, 35.845, None,
         why="a named landmark used to locate the calm; point in the Tabbaneh/Jabal Mohsen area, from knowledge"),
       P("محور [الملولة] - جبل", "district", "LB", 34.452, 35.852, None),
       P("الملولة - [جبل محسن]،", "district", "LB", 34.4465, 35.848, None),
   ],
   event_places=[
       EP(0, "التبانة", why="first of the two named side by side"),
       EP(1, "التبانة", why="the same clashes, carried over"),
       EP(2, "الملولة", why="first named"),
       EP(3, "الملولة", why="the Mallouleh–Jabal Mohsen axis: first named"),
   ],
   not_places=["[وطنية] - 22/6/2008", "احمد [المصري]، خالد"])

# ---------------------------------------------------------------- r-lev-15
PA("r-lev-15",
   places=[
       P("قضائية في [الأردن])", "country", "JO", 31.0, 36.0, 248816),
   ],
   event_places=[
       EP(0, None, why="the court's sitting is not placed; 'الأردنية' is a demonym"),
       EP(1, None, why="continues the unplaced ruling"),
       EP(2, None, why="the arrests are not placed; 'السلطات الأردنية' is a demonym"),
       EP(3, None, why="no place named"),
   ],
   not_places=["محكمة أمن الدولة [الأردنية]،", "القائم [بالمملكة]”", "السلطات [الأردنية] اعتقال", "عاهل [البلاد]"])
