from placekit import PA, P, EP

# ---------------------------------------------------------------- r-e-01
PA("r-e-01",
   places=[
       P("اليوم الخميس (16 أكتوبر/ تشرين الأول 2014) في [بغداد]", "city", "IQ", 33.34058, 44.40088, 98182),
       P("في [منطقة الطالبية]", "district", "IQ", 33.40, 44.44, None,
         why="Talibiya neighbourhood of Baghdad (Rusafa, next to Sadr City); not in cities500, point from knowledge"),
       P("الاطراف الشمالية من [مدينة الصدر]", "district", "IQ", 33.3889, 44.4583, 7802746,
         why="Sadr City is a district of Baghdad; GeoNames has it (7802746). 'الاطراف الشمالية من' left outside: edges of the same district, not a named place"),
       P("في [شمال بغداد]", "area", "IQ", 33.42, 44.40, None, why="north side of Baghdad, like شرق حلب"),
       P("في [منطقة الدولعي]", "district", "IQ", 33.385, 44.31, None,
         why="al-Dolaie neighbourhood in northwest Baghdad (Shula); not in cities500, point from knowledge"),
       P("في [شمال غرب بغداد]", "area", "IQ", 33.39, 44.32, None, why="northwest side of Baghdad"),
       P("مستشفيات [بغداد]", "city", "IQ", 33.34058, 44.40088, 98182),
       P("وتشهد [بغداد]", "city", "IQ", 33.34058, 44.40088, 98182, why="location, not the government"),
   ],
   event_places=[
       EP(0, "بغداد"),
       EP(1, "منطقة الطالبية", why="most specific place of the suicide attack"),
       EP(2, "منطقة الطالبية", why="continues the Talibiya attack"),
       EP(3, "منطقة الطالبية", why="'ووقع الهجوم' = the Talibiya attack"),
       EP(4, "منطقة الطالبية", why="medical source confirms the Talibiya attack's toll: takes the occurrence's place"),
       EP(5, "منطقة الدولعي"),
       EP(6, "بغداد", why="speaker placed 'في مستشفيات بغداد'; the toll confirmed may cover the attacks in general"),
   ],
   not_places=["ذات الغالبية [الشيعية]"])

# ---------------------------------------------------------------- r-e-03
PA("r-e-03",
   places=[
       P("القاضي الشرعي الأول في [دمشق]", "city", "SY", 33.5102, 36.29128, 170654,
         why="locative after a person: a mention, not an actor"),
       P("في دمشق ب[سوريا]", "country", "SY", 35.0, 38.0, 163843),
       P("كل من [الإمارات] والكويت", "country", "AE", 24.0, 54.0, 290557, role="actor",
         why="states announcing the start of Shawwal"),
       P("الإمارات و[الكويت]", "country", "KW", 29.5, 47.75, 285570, role="actor"),
       P("والكويت و[قطر]", "country", "QA", 25.5, 51.25, 289688, role="actor"),
       P("وقطر و[الأردن]", "country", "JO", 31.0, 36.0, 248816, role="actor"),
       P("والأردن و[مصر]", "country", "EG", 27.0, 30.0, 357994, role="actor"),
       P("ومصر و[اليمن]", "country", "YE", 15.5, 47.5, 69543, role="actor"),
   ],
   event_places=[
       EP(0, "دمشق", why="speaker placed by a locative after the person ('القاضي الشرعي الأول في دمشق'), as مراسلة … في غرب حلب; unlike رئيس المجلس المحلي بحلب the place attaches to the speaker himself"),
       EP(1, None, why="'عدد من الدول' names no place"),
       EP(2, None, why="the Saudi Royal Court: no place named"),
       EP(3, None, why="the announcing countries are actors"),
       EP(4, None, why="Iraqi fiqh council: no place named"),
   ],
   not_places=["عيد الفطر في [البلاد]", "الدول [العربية] والإسلامية", "الديوان الملكي [السعودي]",
               "غرة شهر شوال في [البلاد]", "المجمع الفقهي [العراقي]"])

# ---------------------------------------------------------------- r-e-05
PA("r-e-05",
   places=[],
   event_places=[
       EP(0, None, why="no place in the text"),
       EP(1, None), EP(2, None), EP(3, None),
   ],
   not_places=["مجلس النواب [العراقي]", "الشارع [العراقي]", "ورد لل[سومرية] نيوز"])

# ---------------------------------------------------------------- r-e-07
PA("r-e-07",
   places=[],
   event_places=[
       EP(0, None, why="no place named; 'الدولة' stands for the UAE without naming it"),
       EP(1, None), EP(2, None), EP(3, None), EP(4, None), EP(5, None),
   ],
   not_places=["«لجنة متابعة أسعار الوقود» [الإماراتية]", "محطات [الدولة] كافة",
               "«وكالة الأنباء [الإماراتية]»", "محطات التوزيع في [الدولة]"])

# ---------------------------------------------------------------- r-e-09
PA("r-e-09",
   places=[
       P("الأنشطة الرياضية ب[المملكة العربية السعودية]", "country", "SA", 25.0, 45.0, 102358,
         why="full name of the country, a location (not المملكة alone)"),
   ],
   event_places=[
       EP(0, None, why="no place named for the announcement"),
       EP(1, None, why="a scheduled match, no venue named"),
       EP(2, None), EP(3, None),
       EP(4, None, why="the event is the committee's decision; Saudi Arabia is only the scope of the ministry's suspension"),
   ],
   not_places=["بالاتحاد [السعودي] لكرة القدم", "رابطة الدوري [السعودي] للمحترفين",
               "رئيس [دولة الإمارات العربية المتحدة]", "بين [الاتحاد] والهلال", "بين الاتحاد و[الهلال]"],
   note="الاتحاد، الهلال، النصر، الأهلي are clubs; the UAE appears only in Khalifa's title")

# ---------------------------------------------------------------- r-e-11
PA("r-e-11",
   places=[
       P("يتخذ من [لندن] مقرا", "city", "GB", 51.50853, -0.12574, 2643743),
       P("محافظات [ريف دمشق] ودير الزور", "region", "SY", 33.55, 36.65, None,
         why="Rif Dimashq governorate; plural classifier محافظات outside"),
       P("محافظات ريف دمشق و[دير الزور] وإدلب", "region", "SY", 35.0, 40.4, None,
         why="Deir ez-Zor governorate (listed under محافظات)"),
       P("ودير الزور و[إدلب]. وأضاف", "region", "SY", 35.75, 36.6, None, why="Idlib governorate"),
       P("7 في [دير الزور]", "region", "SY", 35.0, 40.4, None,
         why="'في عدة محافظات سورية بينهم 7 في دير الزور…': the governorates"),
       P("4 في [حلب]", "region", "SY", 36.25, 37.5, None, why="Aleppo governorate (same list of governorates)"),
       P("5 في [ريف دمشق]", "region", "SY", 33.55, 36.65, None),
       P("4 في [إدلب]", "region", "SY", 35.75, 36.6, None),
   ],
   event_places=[
       EP(0, None, why="'بأنحاء متفرقة من البلاد': no named place"),
       EP(1, "ريف دمشق", why="first of the governorates listed"),
       EP(2, "دير الزور", why="first of the governorates listed in this sentence"),
       EP(3, None, why="truce coming into force: no place named (البلاد only)"),
   ],
   not_places=["متفرقة من [البلاد]", "عدة محافظات [سورية]", "المرصد [السوري] لحقوق الإنسان",
               "وكالة الأنباء [الألمانية]"])

# ---------------------------------------------------------------- r-e-13
PA("r-e-13",
   places=[
       P("فلسطين اليوم - [غزة]", "city", "PS", 31.50161, 34.46672, 281133, why="dateline city (Gaza City)"),
       P("كل من [الشجاعية] ومخيم", "district", "PS", 31.50, 34.48, None,
         why="Shujaiyya quarter of Gaza City; not in cities500"),
       P("الشجاعية و[مخيم البريج] ومخيم", "district", "PS", 31.43944, 34.40306, 281161,
         why="Bureij camp; GeoNames Al Burayj"),
       P("ومخيم البريج و[مخيم جباليا] شمال", "district", "PS", 31.532, 34.486, None,
         why="Jabalia camp, next to the town Jabālyā (281129); camp not separately in cities500"),
       P("ومخيم جباليا [شمال قطاع غزة]، ليرتفع", "area", "PS", 31.54, 34.50, None, why="North Gaza"),
       P("في [حي تل الهوى]", "district", "PS", 31.50, 34.44, None, why="Tal al-Hawa quarter of Gaza City"),
       P("[غرب مدينة غزة]", "area", "PS", 31.515, 34.44, None, why="West Gaza City, like غرب حلب"),
       P("في [حي الشجاعية]", "district", "PS", 31.50, 34.48, None),
       P("منزلهم [شرق مخيم جباليا]", "area", "PS", 31.53, 34.50, None,
         why="compass word + place = a different place (as شرق حلب)"),
       P("شرق مخيم جباليا [شمال قطاع غزة].", "area", "PS", 31.54, 34.50, None),
       P("في [مخيم البريج] وشط", "district", "PS", 31.43944, 34.40306, 281161),
   ],
   event_places=[
       EP(0, "الشجاعية", why="first of the three places listed"),
       EP(1, "حي الشجاعية", why="first named occurrence in the sentence"),
       EP(2, "مخيم البريج"),
   ],
   not_places=["[فلسطين] اليوم - غزة", "وشط [القطاع]", "جرائم [إسرائيلية]"])

# ---------------------------------------------------------------- r-e-15
PA("r-e-15",
   places=[
       P("[سلطنة عُمان] تعلن", "country", "OM", 21.0, 57.0, 286963, role="actor",
         why="headline: the state announces"),
       P("1442هـ، في [عُمان] مساء", "country", "OM", 21.0, 57.0, 286963,
         why="where the committee announced: a location"),
       P("ب[محافظة مسندم]", "region", "OM", 26.0, 56.25, None,
         why="locative after a body (محكمة الاستئناف بمحافظة مسندم), like المجلس المحلي بحلب; governorate centre"),
   ],
   event_places=[
       EP(0, "عُمان", why="the committee announced 'في عُمان'"),
       EP(1, "عُمان", why="the same committee meeting, carried over"),
   ],
   not_places=["المفتي العام لل[سلطنة]"])

# ---------------------------------------------------------------- r-w-01
PA("r-w-01",
   places=[
       P("[وسط وجنوب ولاية جنوب كردفان]", "area", "SD", 10.9, 29.9, None,
         why="central and southern South Kordofan state as one area (as وسط وشرق حلب)"),
       P("[جنوب ولاية غرب كردفان]", "area", "SD", 10.2, 28.3, None, why="southern West Kordofan state"),
       P("[جنوب ولايتي شرق و جنوب دارفور]", "area", "SD", 10.4, 25.6, None,
         why="southern parts of East and South Darfur states, one area; 'شرق' alone names no place"),
   ],
   event_places=[
       EP(0, None, why="a forecast warning: a statement, its place not said; the areas are its content"),
       EP(1, None, why="forecast"), EP(2, None, why="forecast"), EP(3, None), EP(4, None),
   ],
   not_places=["[سونا]"])

# ---------------------------------------------------------------- r-w-03
PA("r-w-03",
   places=[],
   event_places=[],
   not_places=["احتفال دار الإفتاء [المصرية]", "بتوقيت [القاهرة] المحلى"],
   note="Cairo only in the time standard (as بتوقيت جرينتش)")

# ---------------------------------------------------------------- r-w-05
PA("r-w-05",
   places=[
       P("[ستاد برج العرب]", "site", "EG", 30.917, 29.63, None, why="Borg El Arab Stadium, west of Alexandria"),
       P("[ستاد الإسكندرية]", "site", "EG", 31.1975, 29.9136, None, why="Alexandria Stadium"),
       P("[ستاد السويس]", "site", "EG", 29.975, 32.53, None, why="Suez Stadium"),
       P("[ستاد قناة السويس]", "site", "EG", 30.60, 32.28, None, why="Suez Canal Stadium, Ismailia"),
   ],
   event_places=[],
   not_places=["الدوري [المصري] الممتاز،", "الدوري [الإنجليزي]", "الدوري [الإسباني]",
               "الاتحاد [السكندري]", "يلتقي سموحة مع [الإسماعيلي]", "البنك الأهلي مع [المصري]",
               "غزل [المحلة]"],
   note="clubs (سموحة، الإسماعيلي، الاتحاد السكندري، المقاولون العرب، البنك الأهلي، المصري، الزمالك، غزل المحلة) are organisations")

# ---------------------------------------------------------------- r-w-07
PA("r-w-07",
   places=[
       P("في [النيل]", "area", "SD", 15.62, 32.53, None,
         why="the Nile at Khartoum, where the bodies were thrown; a river, tagged as area"),
       P("النائب العام المكلف في [السودان]", "country", "SD", 15.0, 30.0, 366755,
         why="locative after a person: a mention, not an actor"),
   ],
   event_places=[
       EP(0, None, why="the massacre is placed only at the army General Command HQ, a building named by function (not a mention)"),
       EP(1, None, why="toll of the same massacre, no named place"),
       EP(2, "النيل", why="the only named place of the occurrence: bodies thrown into the Nile"),
       EP(3, "السودان", why="the Attorney General is placed 'في السودان'"),
   ],
   not_places=["لجنة أطباء [السودان] المركزية،", "للجيش [السوداني]", "المهنيين [السودانيين]",
               "[مقر القيادة العامة للجيش السوداني]", "[منطقة القيادة العامة للقوات المسلحة]",
               "وكالة الأنباء [السودانية]", "[ميدان الاعتصام]"])

# ---------------------------------------------------------------- r-w-09
PA("r-w-09",
   places=[],
   event_places=[EP(0, None, why="no place in the text"), EP(1, None), EP(2, None)],
   not_places=["[وزارة البترول]", "السوق [المحلى]"])

# ---------------------------------------------------------------- r-w-11
PA("r-w-11",
   places=[
       P("[طرابلس]، 8 يوليو", "city", "LY", 32.88743, 13.18733, 2210247, why="EFE dateline, Tripoli, Libya"),
       P("للانتخابات في [ليبيا]", "country", "LY", 25.0, 17.0, 2215636,
         why="locative after a body: a mention, not an actor"),
       P("[منطقة السدرة النفطية]", "area", "LY", 30.63, 18.35, None, why="Es Sider oil area, Gulf of Sirte"),
       P("في [الكفرة]", "city", "LY", 24.1989, 23.29093, 88962,
         why="Kufra; its main town is GeoNames Al Jawf (88962)"),
       P("أقصى [جنوب شرق ليبيا]", "area", "LY", 23.5, 22.5, None, why="south-east Libya"),
       P("في [الواحات]", "region", "LY", 29.0, 21.5, None,
         why="al-Wahat (the oases of Jalu, Awjila) district, east Libya; point near Jalu"),
   ],
   event_places=[
       EP(0, "طرابلس", why="statement with no place of its own in a datelined report"),
       EP(1, "ليبيا", why="the nationwide vote of Saturday: Libya (named in the same sentence)"),
       EP(2, "طرابلس", why="continues Abbar's statement (dated today)"),
       EP(3, "ليبيا", why="polling centres somewhere in Libya; the vote's place carried over"),
       EP(4, "ليبيا", why="centres opened today, in the same vote"),
       EP(5, "ليبيا", why="problems during Saturday's vote"),
       EP(6, "منطقة السدرة النفطية", why="first of the places where committees opened"),
       EP(7, "الواحات"),
       EP(8, "طرابلس", why="statement, dateline city"),
   ],
   not_places=["بشرق [البلاد]", "بجنوب شرق [البلاد]"])

# ---------------------------------------------------------------- r-w-13
PA("r-w-13",
   places=[
       P("فى [جنوب السودان]", "area", "SS", 7.0, 30.0, None,
         why="Southern Sudan (autonomous region in 2010, now South Sudan); like جنوب لبنان"),
       P("ولايات [السودان]", "country", "SD", 15.0, 30.0, 366755),
   ],
   event_places=[
       EP(0, None, why="no place named for the announcement"),
       EP(1, None),
       EP(2, None, why="the SPLM's demand: a statement whose place is not said; South Sudan is its content"),
       EP(3, None, why="statement explaining the decision; place not said"),
       EP(4, "السودان", why="the first day's voting, in all the states of Sudan (same sentence)"),
       EP(5, None),
   ],
   not_places=["للانتخابات [السودانية] اليوم الاثنين عن", "الحركة الشعبية لتحرير [السودان]"])

# ---------------------------------------------------------------- r-w-15
PA("r-w-15",
   places=[
       P("ب[إقليم تونس الكبرى]", "area", "TN", 36.80, 10.18, None,
         why="Greater Tunis (Tunis, Ariana, Ben Arous, Manouba): not one administrative unit"),
   ],
   event_places=[
       EP(0, None, why="'العاصمة التونسية' describes Tunis without naming it (العاصمة is not a mention)"),
       EP(1, None),
       EP(2, None, why="'في العاصمة التونسية وضاحيتها': no named place"),
       EP(3, "إقليم تونس الكبرى", why="the curfew is declared for Greater Tunis from today"),
       EP(4, None, why="'ضاحية للعاصمة': unnamed"),
       EP(5, None, why="no place named"),
   ],
   not_places=["ليلي في [العاصمة التونسية]", "وقعت في [العاصمة التونسية]", "أحياء [العاصمة]",
               "ضاحية لل[عاصمة]", "وكالة [تونس] افريقيا"])
