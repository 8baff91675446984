from placekit import PA, P, EP

# ---------------------------------------------------------------- r-egy-03
PA("r-egy-03",
   places=[
       P("أكاديمية الشرطة ب[شرق القاهرة] تمهيدا", "area", "EG", 30.05, 31.40, None,
         why="East Cairo (the trial venue, the Police Academy, is in New Cairo); area like شرق حلب; no GeoNames entry"),
   ],
   event_places=[
       EP(0, None, why="the court is placed only two sentences later; places are not carried backwards"),
       EP(1, None, why="no place yet; East Cairo is named only in a later sentence"),
       EP(2, None, why="قاعة المحكمة placed only in the next sentence"),
       EP(3, "شرق القاهرة"),
       EP(4, None, why="the 2011 uprising: no place named (الجيش المصري is an organisation)"),
       EP(5, "شرق القاهرة", why="the same court hall, placed two sentences before, nothing else named since"),
       EP(6, "شرق القاهرة", why="families in front of the same court hall; carried over"),
   ],
   not_places=["داخل [أكاديمية الشرطة] بشرق",
               "الرئيس [المصري] السابق محمد",
               "يرغم الجيش [المصري] مبارك"])

# ---------------------------------------------------------------- r-egy-04
PA("r-egy-04",
   places=[],
   event_places=[EP(i, None, why="no place in the article") for i in range(10)],
   not_places=["تنشر \"[صوت الأمة]\"",
               "بصحيفتى الأخبار و[الجمهورية] يوم",
               "الإدارية العليا ب[مجلس الدولة]"])

# ---------------------------------------------------------------- r-egy-06
PA("r-egy-06",
   places=[],
   event_places=[EP(i, None, why="no place in the article") for i in range(4)],
   not_places=["لجنة السياسة النقدية ب[البنك المركزى]  فى"])

# ---------------------------------------------------------------- r-egy-09
PA("r-egy-09",
   places=[
       P("مؤتمرات الأزهر ب[مدينة نصر] بمناسبة", "district", "EG", 30.06667, 31.3, 353225,
         why="Nasr City, a district of Cairo; cities500 has it"),
       P("دقيقتين في [القاهرة] و6", "city", "EG", 30.06263, 31.24967, 360630),
       P("6 دقائق في [توشكي] وحلايب", "city", "EG", 22.7, 31.5, None,
         why="Toshka (Aswan governorate), not in cities500; approximate point"),
       P("في توشكي و[حلايب] و5", "city", "EG", 22.22273, 36.64679, 374290),
       P("5 دقائق ب[الخارجة].", "city", "EG", 25.45101, 30.54653, 360923),
   ],
   event_places=[
       EP(0, "مدينة نصر", why="the ceremony's hall is in the Azhar Conference Centre in Nasr City"),
       EP(1, None, why="statement of the Survey Authority head; no place said; بتوقيت مصر is a time standard"),
       EP(2, None, why="continues the same statement/forecast (dated to when it was made); the cities listed are the content of the forecast, not where it was made"),
   ],
   not_places=["تنظم دار الافتاء [المصرية] احتفالا",
               "بقاعة الاحتفالات الكبري ب[مركز مؤتمرات الأزهر] بمدينة",
               "في محافظات [الجمهورية] وذلك",
               "عبدالقوي خليفة محافظ [القاهرة] ممثلا",
               "ورئيس جامعة [الأزهر] واعضاء",
               "صباحا بتوقيت [مصر] ..",
               "في جميع المدن [المصرية] بمدد"])

# ---------------------------------------------------------------- r-gulf-09
PA("r-gulf-09",
   places=[],
   event_places=[],
   not_places=["وفقاً لتقويم [أم القرى]."])

# ---------------------------------------------------------------- r-gulf-11
PA("r-gulf-11",
   places=[
       P("بعد غد الثلاثاء في [قطر].", "country", "QA", 25.5, 51.25, 289688,
         why="where the summit will be held: a location, not an actor"),
       P("سيعقد اليوم في [الدوحة]،", "city", "QA", 25.28545, 51.53096, 290030),
   ],
   event_places=[
       EP(0, None, why="the GCC's announcement has no place of its own; the summit in Qatar is a forecast (cf. the Turkish official in aleppo 002)"),
       EP(1, None, why="statement in a بيان; the Doha meeting is what it announces, the event is the statement"),
       EP(2, None, why="continues the same statement"),
       EP(3, None, why="continues the same statement"),
   ],
   not_places=["أعلنت دول [مجلس التعاون الخليجي]، أمس",
               "وزير الخارجية [القطري] الشيخ",
               "أن القمة [الخليجية] على"])

# ---------------------------------------------------------------- r-irq-01
KOLJO = (34.76, 45.05)  # Qulajo / Koulajo sub-district, Kifri district; approximate, not in cities500
PA("r-irq-01",
   places=[
       P("زاكروس عربية - [أربيل]", "city", "IQ", 36.19117, 44.00943, 95446, why="dateline"),
       P("في [ناحية كولجو] بقضاء", "region", "IQ", *KOLJO, None,
         why="nahiya = sub-district (administrative); not in cities500; approximate point"),
       P("بقضاء كفري] التابع".replace("بقضاء", "ب[قضاء"), "region", "IQ", 34.68963, 44.96057, None,
         why="Kifri district; point of its seat Kifri (94298)"),
       P("لإدارة كرميان المستقلة]".replace("لإدارة", "ل[إدارة"), "region", "IQ", 34.7, 45.2, None,
         why="Garmiyan Independent Administration of the Kurdistan Region; centre point"),
       P("في منطقة \"[تبي كلان]\"", "city", "IQ", *KOLJO, None,
         why="a locality (village/hill) in Qulajo sub-district; point of the sub-district"),
       P("\"تبي كلان\"، ب[ناحية كولجو].", "region", "IQ", *KOLJO, None),
       P("مشاة في ([كلان])", "city", "IQ", *KOLJO, None, why="short form of تبي كلان"),
       P("(كلان) ب[ناحية كولجو] ما", "region", "IQ", *KOLJO, None),
       P("في محور [زوركة زراو]", "area", "IQ", 35.75, 44.14, None,
         why="front-line sector near Altun Kupri; not in GeoNames; point of Altun Kupri"),
       P("في [ناحية بردي]/", "region", "IQ", 35.75, 44.14, None,
         why="Prdê sub-district, the Kurdish name of Altun Kupri"),
       P("بردي/ [آلتون كوبري] بمحافظة", "city", "IQ", 35.75, 44.14, None,
         why="Altun Kupri, same place as بردي; not in cities500"),
       P("ب[محافظة كركوك]،", "region", "IQ", 35.35, 44.2, None, why="Kirkuk governorate, centre point"),
   ],
   event_places=[
       EP(0, "ناحية كولجو", why="the most specific place of the attack in this sentence"),
       EP(1, "تبي كلان"),
       EP(2, "تبي كلان", why="the response to the same attack; carried over"),
       EP(3, "كلان", why="the ministry's statement reports the occurrence at (كلان)"),
       EP(4, "كلان", why="وأضافت continues the statement about the same occurrence"),
       EP(5, "زوركة زراو", why="most specific of the places listed for the 3 November attack"),
   ],
   not_places=["[زاكروس عربية] - أربيل",
               "قوات [البيشمركة]، اليوم",
               "أعلنت وزارة [البيشمركة] في"])

# ---------------------------------------------------------------- r-irq-04
PA("r-irq-04",
   places=[
       P("[النجف] - سعدون", "city", "IQ", 32.02594, 44.34625, 98860, why="dateline"),
       P("المسلمون في [العراق] والدول", "country", "IQ", 33.0, 44.0, 99237),
   ],
   event_places=[
       EP(0, "النجف", why="statement of Sistani's office with no place of its own: the dateline's city (the office is in Najaf anyway)"),
       EP(1, "النجف", why="the article's own present with no place given: dateline fallback (PLACE-SPEC), although the cabinet actually sits in Baghdad, which the text does not name"),
       EP(2, "النجف", why="a source's statement with no place: dateline fallback"),
   ],
   not_places=["في العراق و[الدول الإسلامية]،"])

# ---------------------------------------------------------------- r-irq-07
PA("r-irq-07",
   places=[
       P("[أربيل] (كوردستان 24)", "city", "IQ", 36.19117, 44.00943, 95446, why="dateline"),
       P("من حقول [وسط العراق وجنوبه].", "area", "IQ", 31.8, 45.8, None,
         why="central and southern Iraq as one area, like وسط وشرق حلب"),
       P("ويعدُّ [العراق] أحد", "country", "IQ", 33.0, 44.0, 99237, why="a topic, not acting as a state"),
       P("اكتشاف النفط في [العراق] في", "country", "IQ", 33.0, 44.0, 99237),
       P("في حقل \"[بابا كركر]\"", "site", "IQ", 35.53, 44.34, None,
         why="Baba Gurgur oil field NW of Kirkuk; not in GeoNames extract"),
       P("ب[محافظة كركوك] عام", "region", "IQ", 35.35, 44.2, None),
       P("الاحتياطات النفطية في [العراق] الأكبر", "country", "IQ", 33.0, 44.0, 99237),
       P("ما يضع [العراق] في", "country", "IQ", 33.0, 44.0, 99237),
   ],
   event_places=[
       EP(0, "أربيل", why="the federal oil ministry's announcement has no place of its own: dateline city"),
       EP(1, "أربيل", why="continues the same statement"),
       EP(2, "أربيل", why="continues the same statement (dated to the statement, so it takes the statement's place, not the fields')"),
       EP(3, "بابا كركر", why="the 1927 discovery; most specific place"),
   ],
   not_places=["أربيل ([كوردستان 24])",
               "الذي تابعته [كوردستان24]",
               "في الاقتصاد [العراقي]",
               "أعلنت وزارة النفط [الاتحادية]"])

# ---------------------------------------------------------------- r-irq-08
PA("r-irq-08",
   places=[
       P("في [قضاء كفري] التابع", "region", "IQ", 34.68963, 44.96057, None,
         why="Kifri district; point of its seat Kifri (94298)"),
       P("التابع ل[إدارة كرميان] بإقليم", "region", "IQ", 34.7, 45.2, None),
       P("كرميان ب[إقليم كوردستان].", "region", "IQ", 36.4, 44.4, None, why="Kurdistan Region, centre point"),
       P("في [منطقة كولجو] ضمن", "city", "IQ", *KOLJO, None, why="Qulajo; approximate point"),
       P("ضمن [إدارة كرميان] الحدودية", "region", "IQ", 34.7, 45.2, None),
       P("مع [قضاء خانقين]", "region", "IQ", 34.3482, 45.39065, None,
         why="Khanaqin district; point of its seat Khanaqin (94591)"),
       P("في حدود [ناحية كولجو] في", "region", "IQ", *KOLJO, None),
       P("في [منطقة كرميان]", "region", "IQ", 34.7, 45.2, None),
       P("بين [إقليم كوردستان] والحكومة", "region", "IQ", 36.4, 44.4, None, role="actor",
         why="the Region standing for its government, next to الحكومة الاتحادية"),
   ],
   event_places=[
       EP(0, None, why="the attack is placed only in the next sentence; places are not carried backwards"),
       EP(1, "قضاء كفري"),
       EP(2, "منطقة كولجو", why="the ministry's statement reports the attack in منطقة كولجو"),
       EP(3, "ناحية كولجو", why="the foiled attack within the bounds of Qulajo sub-district"),
       EP(4, None, why="Barzani's statement: a title does not place its holder"),
   ],
   not_places=["ودعا رئيس [إقليم كوردستان] نيجرفان",
               "وأعلنت وزارة [البيشمركة] اليوم"])

# ---------------------------------------------------------------- r-lev-02
PA("r-lev-02",
   places=[
       P("ستعقد في [القصر الجمهوري].", "site", "LB", 33.8425, 35.5433, None,
         why="the Presidential Palace at Baabda, a named site like الكرملين"),
       P("التي تحل ب[لبنان]،", "country", "LB", 33.83, 35.83, 272103),
       P("المكتبة الوطنية في [بيروت] بعد", "city", "LB", 33.89332, 35.50157, 276781),
       P("الذي حصل في [مرفأ بيروت].", "site", "LB", 33.9017, 35.5186, None, why="Port of Beirut"),
   ],
   event_places=[
       EP(0, None, why="Mikati's statement has no place; the palace session is a plan it mentions"),
       EP(1, None, why="continues Mikati's statement"),
       EP(2, "بيروت", why="today's ceremony at the National Library in Beirut (the library is named by its function, so the city is the place)"),
       EP(3, "بيروت", why="the same ceremony"),
   ],
   not_places=["ارادة [اللبنانيين] بالنهوض",
               "احتفال في [المكتبة الوطنية] في بيروت",
               "لمسار المناقشات التي جرت بشأن مشروع قانون [الموازنة العامة]"])

# ---------------------------------------------------------------- r-lev-05
GHOUTA_E = (33.55, 36.40)
PA("r-lev-05",
   places=[
       P("\"محكمة الجنايات\" ب[دمشق] قرارات", "city", "SY", 33.5102, 36.29128, 170654,
         why="a locative phrase after a body: where the court sits"),
       P("معظمهم من [الغوطة الشرقية]،", "area", "SY", *GHOUTA_E, None),
       P("من [بلدة العبادية] في", "city", "SY", 33.478, 36.526, None,
         why="al-Abbadah/al-Abadeh in Eastern Ghouta; not in cities500; approximate"),
       P("بلدة العبادية في [الغوطة الشرقية]؛", "area", "SY", *GHOUTA_E, None),
       P("\"تنظيم الأنصار\" في [الغوطة الشرقية] محمد", "area", "SY", *GHOUTA_E, None,
         why="locative phrase after a body/person"),
       P("في [مدينة ضمير] بعد", "city", "SY", 33.64389, 36.69376, 170589),
       P("فراره خارج [الغوطة] عبر", "area", "SY", 33.52, 36.38, None, why="the Ghouta"),
       P("\"جبهة النصرة\" في [الغوطة] عبادة", "area", "SY", 33.52, 36.38, None,
         why="locative phrase after a body/person"),
       P("\"لواء شهداء اليرموك\" في [درعا] والذي", "region", "SY", 32.75, 36.2, None,
         why="Daraa province (the brigade was based in western rural Daraa)"),
       P("والذي قُتِل في [درعا] في", "region", "SY", 32.75, 36.2, None,
         why="Daraa province: al-Bakkar, where he was killed, is in western rural Daraa, ~35 km from the city"),
       P("معارك تحرير [منطقة البكار] قبل", "city", "SY", 32.86, 35.94, None,
         why="al-Bakkar village, western rural Daraa near al-Jubayliyah; not in cities500; approximate"),
   ],
   event_places=[
       EP(0, "مدينة ضمير"),
       EP(1, None, why="his killing by IS is not placed; الغوطة only gives where he held his post"),
       EP(2, "منطقة البكار", why="most specific: killed in Daraa during the battle for al-Bakkar"),
   ],
   not_places=["مؤسس \"[لواء شهداء اليرموك]\"",
               "على يد تنظيم \"[الدولة]\""])

# ---------------------------------------------------------------- r-lev-08
PA("r-lev-08",
   places=[
       P("المحروقات والغاز في [لبنان]،", "country", "LB", 33.83, 35.83, 272103),
       P("يعيشها [لينان] منذ", "country", "LB", 33.83, 35.83, 272103, why="typo for لبنان"),
   ],
   event_places=[
       EP(0, "لبنان", why="the prices of the story set in Lebanon in the sentence before"),
       EP(1, "لبنان", why="continues"),
       EP(2, "لبنان", why="gas not delivered today: the occurrence, in the same Lebanese story"),
   ],
   not_places=["250 ألفًا و700 ليرة [لبنانية]",
               "وزارة الطاقة والمياه [اللبنانية]",
               "“[الوكالة الوطنية للإعلام]”"])

# ---------------------------------------------------------------- r-lev-11
PA("r-lev-11",
   places=[],
   event_places=[EP(0, None, why="no place named"), EP(1, None, why="no place named")],
   not_places=["من جميع المحافظات [السورية] لتقديم"])

# ---------------------------------------------------------------- r-lev-14
PA("r-lev-14",
   places=[
       P("على [ملعب تشرين] بدمشق", "site", "SY", 33.5075, 36.2877, None,
         why="Tishreen Stadium, Damascus; a named site"),
       P("ملعب تشرين ب[دمشق] السبت", "city", "SY", 33.5102, 36.29128, 170654),
   ],
   event_places=[
       EP(0, "ملعب تشرين"),
       EP(1, "ملعب تشرين", why="the goal of the same match"),
       EP(2, "ملعب تشرين", why="the result of the same match; carried over"),
       EP(3, None, why="the other matches of the round: no venues named"),
       EP(4, None, why="league table: no place"),
   ],
   not_places=["والاتحاد على [حرفيي حلب] بثلاثة",
               "والساحل على [جبلة] بهدفين",
               "فاز الوثبة على [تشرين] بهدفين",
               "من الدوري [السوري] لكرة"])

# ---------------------------------------------------------------- r-lev-17
PA("r-lev-17",
   places=[
       P("العدوان الإسرائيلي على [لبنان]،", "country", "LB", 33.83, 35.83, 272103,
         why="the target of the attacks: a location, not an actor"),
       P("على [بلدة معركة] في", "city", "LB", 33.2745, 35.3122, None, why="Maarakeh, Tyre district; not in cities500"),
       P("معركة في [قضاء صور] أدت", "region", "LB", 33.2, 35.3, None, why="Tyre district, centre point"),
       P("على [بلدة القليلة] إلى", "city", "LB", 33.219, 35.218, None, why="al-Qlayleh; not in cities500"),
       P("محيط [بلدة دير قانون رأس العين] في", "city", "LB", 33.245, 35.235, None,
         why="Deir Qanoun Ras al-Ain; not in cities500"),
       P("العين في [قضاء صور] جنوبي", "region", "LB", 33.2, 35.3, None),
       P("قضاء صور [جنوبي لبنان].", "area", "LB", 33.3, 35.4, None, why="South Lebanon"),
       P("غارة على [بلدة كفرشوبا].", "city", "LB", 33.32766, 35.69259, 272816),
       P("منزل في [بلدة معركة].", "city", "LB", 33.2745, 35.3122, None),
       P("منطقة [شرق بلدة الخيام] تصاعدًا", "area", "LB", 33.33, 35.63, None,
         why="east of Khiam, like شرق حلب; Khiam not in cities500"),
   ],
   event_places=[
       EP(0, "لبنان", why="yesterday's raids of the aggression on Lebanon; the only place given for the toll"),
       EP(1, "لبنان", why="the cumulative toll of the same aggression, continuing the report (cf. aleppo 003's final toll)"),
   ],
   not_places=["العدوان [الإسرائيلي] على",
               "حيث نفذ الجيش [الإسرائيلي] محاولات"])

# ---------------------------------------------------------------- r-mag-02
WHY_PROV = "province/prefecture (عمالة/إقليم): centre point, no GeoNames id (cities500 has only the seat town)"
PA("r-mag-02",
   places=[
       P("[الرباط] – 02", "city", "MA", 34.01325, -6.83255, 2538475, why="dateline"),
       P("ستهم [الحوز] وشيشاوة", "region", "MA", 31.2, -7.9, None, why=WHY_PROV),
       P("الحوز و[شيشاوة]،", "region", "MA", 31.3, -8.8, None, why=WHY_PROV),
       P("بكل من [الجديدة]،", "region", "MA", 33.0, -8.4, None, why=WHY_PROV),
       P("و[سيدي بنور]،", "region", "MA", 32.6, -8.6, None, why=WHY_PROV),
       P("و[آسفي]،", "region", "MA", 32.2, -9.0, None, why=WHY_PROV),
       P("و[الصويرة]،", "region", "MA", 31.3, -9.4, None, why=WHY_PROV),
       P("و[ميدلت]،", "region", "MA", 32.4, -4.6, None, why=WHY_PROV),
       P("و[أزيلال].", "region", "MA", 31.9, -6.3, None, why=WHY_PROV),
       P("وأقاليم [اليوسفية]،", "region", "MA", 32.1, -8.4, None, why=WHY_PROV),
       P("و[فكيك]،", "region", "MA", 32.4, -2.2, None, why=WHY_PROV + "; the province's seat is Bouarfa"),
       P("و[جرادة]،", "region", "MA", 33.9, -2.1, None, why=WHY_PROV),
       P("و[وجدة-أنجاد]،", "region", "MA", 34.6, -1.95, None, why=WHY_PROV),
       P("و[تاوريرت]،", "region", "MA", 34.2, -3.0, None, why=WHY_PROV),
       P("و[قلعة السراغنة]،", "region", "MA", 32.0, -7.4, None, why=WHY_PROV),
       P("و[مراكش]،", "region", "MA", 31.63, -8.0, None, why=WHY_PROV),
       P("و[الرحامنة]،", "region", "MA", 32.1, -7.9, None, why=WHY_PROV + "; seat Ben Guerir"),
       P("و[أكادير-إدا وتنان]،", "region", "MA", 30.55, -9.55, None, why=WHY_PROV),
       P("و[تارودانت]،", "region", "MA", 30.4, -8.2, None, why=WHY_PROV),
       P("و[بولمان]،", "region", "MA", 33.2, -4.2, None, why=WHY_PROV),
       P("و[كرسيف]،", "region", "MA", 34.1, -3.4, None, why=WHY_PROV),
       P("و[بركان]،", "region", "MA", 34.85, -2.35, None, why=WHY_PROV),
   ],
   event_places=[
       EP(0, "الرباط", why="the weather directorate's forecast (dated to when it was made), no place of its own: dateline city"),
       EP(1, "الرباط", why="continues the forecast statement; the provinces are its content, not where it was made"),
       EP(2, "الرباط", why="continues the forecast statement"),
   ],
   not_places=["وأقاليم [المملكة]، وذلك"])
