from placekit import PA, P, EP

# ---------------------------------------------------------------- r-mag-01
PA("r-mag-01",
   places=[
       P("أمس الخميس [مقهى «أركانة»]،", "site", "MA", 31.6262, -7.9891, None,
         why="Café Argana, the named landmark café on Jemaa el-Fna; not in cities500, point from knowledge"),
       P("المطلة على [ساحة جامع الفنا] في", "site", "MA", 31.6258, -7.9892, None,
         why="named square; point from knowledge"),
       P("الفنا في [مراكش]،", "city", "MA", 31.63416, -7.99994, 2542997),
       P("في [مستشفى ابن طفيل] 14", "site", "MA", 31.6390, -8.0120, None,
         why="named hospital (proper name, not named by function only); Ibn Tofail hospital, Marrakech; point approx."),
       P("في [مستشفى الشفاء].", "site", "MA", 31.63, -7.99, None,
         why="named hospital in Marrakech (the story's city); exact location unknown, Marrakech centre used"),
   ],
   event_places=[
       EP(0, "مقهى «أركانة»", why="the explosion at the café; most specific"),
       EP(1, "مقهى «أركانة»", why="ministry statement on the explosion takes the occurrence's place"),
       EP(2, "مقهى «أركانة»", why="first floor of the café"),
       EP(3, "مقهى «أركانة»", why="continues the same explosion story (وأضافت)"),
       EP(4, "مستشفى ابن طفيل", why="first of the two hospitals named side by side"),
   ],
   not_places=["الإدارة العامة للأمن [الوطني]", "قوات الأمن [بالمدينة]"])

# ---------------------------------------------------------------- r-mag-04
PA("r-mag-04",
   places=[
       P("بمجلس قضاء [الجزائر العاصمة]،", "city", "DZ", 36.73225, 3.08746, 2507480,
         why="the court's official name is مجلس قضاء الجزائر; the added العاصمة marks the city where the session sits, so tagged as Algiers"),
   ],
   event_places=[
       EP(0, "الجزائر العاصمة"),
       EP(1, "الجزائر العاصمة", why="same appeal trial, place carried over"),
       EP(2, "الجزائر العاصمة", why="postponement of the same appeal hearing at the same court"),
       EP(3, None, why="first-instance ruling of محكمة سيدي أمحمد, a court name (not a mention); a different venue from the appeal court, so Algiers is not carried over"),
       EP(4, None, why="continues the first-instance ruling (event 3)"),
   ],
   not_places=["[محكمة سيدي أمحمد] بتاريخ", "نيابة [الجمهورية]"])

# ---------------------------------------------------------------- r-mag-07
PA("r-mag-07",
   places=[],
   event_places=[
       EP(0, None), EP(1, None), EP(2, None), EP(3, None),
   ],
   not_places=["الشؤون الإسلامية [بالمملكة]", "مجلة [طنجة] نيوز"],
   note="no named place: بالمملكة stands for the country without naming it; طنجة is inside the outlet's name")

# ---------------------------------------------------------------- r-mag-10
PA("r-mag-10",
   places=[],
   event_places=[EP(0, None), EP(1, None)],
   not_places=["[بلدية نيوز] – قسم"],
   note="no place mentioned")

# ---------------------------------------------------------------- r-mag-13
PA("r-mag-13",
   places=[
       P("سيجري زيارة إلى [الجزائر] ،", "country", "DZ", 28.0, 3.0, 2589581,
         why="destination of the visit: the country (plain mention, not acting)"),
       P("في زيارة دولة إلى [الجزائر] ،", "country", "DZ", 28.0, 3.0, 2589581),
   ],
   event_places=[
       EP(0, "الجزائر", why="the visit, which begins today, is the dated occurrence; it takes place in Algeria"),
       EP(1, "الجزائر", why="same announcement of the visit starting today"),
       EP(2, "الجزائر", why="continues the presidency's statement about the visit (وأضافت)"),
   ],
   not_places=["أعلنت الرئاسة [الجزائرية]", "رئيس [الجمهورية الإسلامية الموريتانية] الشقيقة", "يخدم [البلدين] الشقيقين"])

# ---------------------------------------------------------------- r-mag-16
PA("r-mag-16",
   places=[
       P("نظمت اليوم الأحد في [تونس] 99", "country", "TN", 34.0, 9.0, 2464461,
         why="legislative elections held in Tunisia (the country)"),
       P("بالاقتراع خارج [تونس])", "country", "TN", 34.0, 9.0, 2464461),
   ],
   event_places=[
       EP(0, "تونس", why="turnout in the elections held in Tunisia"),
       EP(1, "تونس", why="continues the same press statement (وأوضح); the venue قصر المؤتمرات بالعاصمة is not a mention"),
   ],
   not_places=["[بقصر المؤتمرات] بالعاصمة", "بقصر المؤتمرات [بالعاصمة]", "الناخبين [التونسيين]", "يقيمون في [دول أجنبية]"])

# ---------------------------------------------------------------- r-pal-01
PA("r-pal-01",
   places=[
       P("[غزة]20-11-2012", "city", "PS", 31.50161, 34.46672, 281133, why="dateline"),
       P("على [حي الصبرة] بمدينة", "district", "PS", 31.4965, 34.4560, None,
         why="al-Sabra quarter of Gaza City; point from knowledge"),
       P("الصبرة ب[مدينة غزة] يوم", "city", "PS", 31.50161, 34.46672, 281133),
       P("في [شارع السلام] وسط", "site", "PS", 31.4180, 34.3500, None,
         why="named street in Deir al-Balah; point from the city"),
       P("وسط [مدينة دير البلح] وسط", "city", "PS", 31.41834, 34.34933, 281141,
         why="وسط (city centre) left outside: not a different named place"),
       P("دير البلح وسط [قطاع غزة] في", "region", "PS", 31.42, 34.38, None,
         why="Gaza Strip (wording 'وسط قطاع غزة' here qualifies the city's location; the Strip tagged)"),
       P("إلى [مستشفى الاقصى] في", "site", "PS", 31.4180, 34.3530, None,
         why="named hospital (al-Aqsa Martyrs Hospital, Deir al-Balah); point approx."),
       P("الاقصى في [دير البلح].", "city", "PS", 31.41834, 34.34933, 281141),
       P("وفي [مدينة غزة] استشهد", "city", "PS", 31.50161, 34.46672, 281133),
       P("على [شارع المخابرات] ب", "site", "PS", 31.5250, 34.4450, None,
         why="named street in Gaza City; exact point unknown, approximate point in Gaza City"),
       P("المخابرات ب[مدينة غزة].", "city", "PS", 31.50161, 34.46672, 281133),
       P("إلى [مشفى الشفاء] ب", "site", "PS", 31.5236, 34.4434, None,
         why="al-Shifa hospital, Gaza City; point from knowledge"),
       P("الشفاء ب[مدينة غزة] للعلاج", "city", "PS", 31.50161, 34.46672, 281133),
   ],
   event_places=[
       EP(0, "غزة", why="strikes on 'القطاع' (not a name); the dateline city is the fallback"),
       EP(1, None, why="died in 'one of the Egyptian hospitals': an adjective, no place mention; the Gaza dateline would be wrong"),
       EP(2, "حي الصبرة", why="the same injury is placed in the very next clause (event 3): strike on al-Sabra"),
       EP(3, "حي الصبرة"),
       EP(4, None, why="death announced in the Egyptian hospitals: no place mention"),
       EP(5, "شارع السلام", why="house on al-Salam street, most specific"),
       EP(6, "شارع المخابرات", why="strike on al-Mukhabarat street, more specific than مدينة غزة"),
       EP(7, "مشفى الشفاء", why="transfer of the dead and wounded to al-Shifa hospital"),
   ],
   not_places=["[على القطاع].", "في إحدى [المشافي المصرية]", "وكالة الانباء والمعلومات [الفلسطينية]"])

# ---------------------------------------------------------------- r-pal-04
PA("r-pal-04",
   places=[
       P("في [المسجد الأقصى المبارك]،", "site", "IL", 31.7761, 35.2358, None,
         why="al-Aqsa Mosque, Old City of Jerusalem; country as GeoNames gives Jerusalem (disputed, East Jerusalem); point from knowledge"),
   ],
   event_places=[
       EP(0, "المسجد الأقصى المبارك", why="the announcement is the determination made at the meeting held at al-Aqsa, placed in the next sentence that restates it"),
       EP(1, "المسجد الأقصى المبارك", why="the moon-sighting meeting held at Dar al-Ifta in al-Aqsa"),
       EP(2, None, why="the mufti's congratulations: the statement's own place is not given; a title does not place its holder"),
   ],
   not_places=["المفتي العام [للقدس] والديار", "[والديار الفلسطينية]، رئيس", "[بدار الإفتاء الفلسطينية] في",
               "وخطباء [المسجد الأقصى] والهيئة", "شعبنا في [الوطن] والشتات"])

# ---------------------------------------------------------------- r-pal-07
PA("r-pal-07",
   places=[
       P("[القدس]- معا-", "city", "IL", 31.76904, 35.21633, 281184, why="dateline; GeoNames point and country for Jerusalem"),
       P("يحتضن [ملعب الحسين] بالخليل", "site", "PS", 31.5350, 35.0900, None,
         why="named stadium (al-Hussein stadium, Hebron); point approx."),
       P("ملعب الحسين ب[الخليل] مباراة", "city", "PS", 31.52935, 35.0938, 285066),
       P("[ملعب فيصل] سيحتضن", "site", "PS", 31.8478, 35.2302, None,
         why="Faisal al-Husseini stadium, al-Ram (Jabal al-Mukaber's home ground); point approx."),
   ],
   event_places=[],
   not_places=["دوري المحترفين [الفلسطيني]", "[شباب الخليل] مركز الامعري", "شباب الخليل [مركز الامعري]",
               "فريقي [شباب الخليل] ومركز", "ومركز [شباب الامعري]", "الترتيب [لشباب الخليل]",
               "[جبل المكبر] والد النيص", "جبل المكبر [والد النيص]"],
   note="club names (شباب الخليل، مركز شباب الامعري، جبل المكبر، واد النيص) are organisations, not places")

# ---------------------------------------------------------------- r-pal-09
PA("r-pal-09",
   places=[
       P("أعلنت وزارة الصحة في [غزة] وصول", "city", "PS", 31.50161, 34.46672, 281133,
         why="locative after a body: the ministry in Gaza (city)"),
       P("إلى [مستشفى \"شهداء الأقصى\"]،", "site", "PS", 31.4180, 34.3530, None,
         why="named hospital, al-Aqsa Martyrs Hospital, Deir al-Balah; point approx."),
       P("منذ فجر الثلاثاء في [قطاع غزة] إلى", "region", "PS", 31.42, 34.38, None),
       P("مواقع مختلفة في [قطاع غزة]،", "region", "PS", 31.42, 34.38, None),
       P("بحسب وزارة الصحة في [غزة]", "city", "PS", 31.50161, 34.46672, 281133),
       P("في [منطقة \"البركة\"] في", "district", "PS", 31.4180, 34.3480, None,
         why="al-Baraka area of Deir al-Balah; exact point unknown, city point used"),
       P("\"البركة\" في [دير البلح] وسط", "city", "PS", 31.41834, 34.34933, 281141),
       P("دير البلح [وسط قطاع غزة]، فجر", "area", "PS", 31.42, 34.36, None,
         why="the central Gaza Strip, one part of the Strip (like جنوب لبنان)"),
       P("إلى [مستشفى شهداء الأقصى] في", "site", "PS", 31.4180, 34.3530, None),
       P("في [منطقة البركة] في", "district", "PS", 31.4180, 34.3480, None,
         why="al-Baraka area of Deir al-Balah; exact point unknown"),
       P("منطقة البركة في [دير البلح] وسط القطاع", "city", "PS", 31.41834, 34.34933, 281141),
   ],
   event_places=[
       EP(0, "مستشفى \"شهداء الأقصى\"", why="the dated occurrence is the two martyrs' arrival at the hospital this morning"),
       EP(1, "غزة", why="cumulative toll dated to the statement (gold README); the statement's place comes from the placed speaker 'وزارة الصحة في غزة'"),
       EP(2, "منطقة \"البركة\"", why="the house in al-Baraka, most specific"),
       EP(3, "منطقة البركة", why="the Red Crescent reports the occurrence at al-Baraka"),
   ],
   not_places=["[الرسالة]- وكالات", "في [القطاع المحاصر]", "جمعية [\"الهلال الأحمر\"]", "[وسط القطاع]\"."])

# ---------------------------------------------------------------- r-pan-01
PA("r-pan-01",
   places=[
       P("للحكومة، في [بغداد]،", "city", "IQ", 33.34058, 44.40088, 98182),
   ],
   event_places=[
       EP(0, "بغداد", why="the next sentence places this same announcement: 'جاء ذلك عقب الاجتماع الأسبوعي للحكومة، في بغداد'"),
       EP(1, "بغداد"),
       EP(2, "بغداد", why="the same government decision, carried over"),
       EP(3, "بغداد", why="'جاء ذلك' refers again to the government announcement in Baghdad"),
       EP(4, None, why="the election commission's proposal two days earlier: no place given for it"),
       EP(5, None, why="parliament passed the law last October: no place named"),
   ],
   not_places=["أعلنت الحكومة [العراقية]", "البرلمان [العراقي]", "رئيس [البلاد]"])

# ---------------------------------------------------------------- r-pan-04
PA("r-pan-04",
   places=[
       P("بحريات سياسية في [هونغ كونغ]،", "city", "HK", 22.27832, 114.17469, 1819729),
       P("صينيون ومن [هونغ كونغ] يحيون", "city", "HK", 22.27832, 114.17469, 1819729, role="actor",
         why="officials from Hong Kong = its government (cf. gold 'مسئولين من تركيا وروسيا')"),
       P("وإقامة [جمهورية الصين الشعبية] في", "country", "CN", 35.0, 105.0, 1814991,
         why="the state whose founding is commemorated; not acting, plain mention"),
       P("منذ إعادة [هونغ كونغ] إلى", "city", "HK", 22.27832, 114.17469, 1819729),
       P("إلى [الصين] عام", "country", "CN", 35.0, 105.0, 1814991,
         why="the territory's return to China: location/topic, not acting"),
   ],
   event_places=[
       EP(0, "هونغ كونغ"),
       EP(1, "هونغ كونغ", why="protesters in the streets: Hong Kong carried over (the same-sentence mention is an actor)"),
       EP(2, "هونغ كونغ", why="'the former British colony' = Hong Kong, named again in the same sentence"),
   ],
   not_places=["مسؤولون كبار [صينيون]", "في [المستعمرة البريطانية السابقة]", "واقتحام [مقر الحكومة]"])

# ---------------------------------------------------------------- r-pan-07
PA("r-pan-07",
   places=[
       P("محكمة الاستئناف في [تونس]،", "city", "TN", 36.81897, 10.16579, 2464470,
         why="locative after a body: the Tunis court of appeal (city)"),
   ],
   event_places=[
       EP(0, "تونس"),
       EP(1, "تونس", why="the judge of the same hearing; carried over"),
       EP(2, "تونس", why="the first-instance sentencing in the same case; no other place named, Tunis carried over"),
   ],
   not_places=["وكالة الصحافة [الفرنسية]"])

# ---------------------------------------------------------------- r-pan-10
PA("r-pan-10",
   places=[
       P("على ملاعب \"[رولان جاروس]\"", "site", "FR", 48.8459, 2.2530, None,
         why="the Roland Garros stadium, Paris (its courts); point from knowledge"),
       P("خاضها في [رولان جاروس] من", "site", "FR", 48.8459, 2.2530, None),
   ],
   event_places=[
       EP(0, None, why="'بطولة فرنسا المفتوحة للتنس (رولان جاروس)' names the tournament, not a place; no place for the final"),
       EP(1, "رولان جاروس", why="his wins 'على ملاعب رولان جاروس'"),
       EP(2, "رولان جاروس", why="today's win, same story; carried over"),
       EP(3, "رولان جاروس", why="today's final; Roland Garros set in the sentence before"),
   ],
   not_places=["بلقب [بطولة فرنسا المفتوحة] للتنس", "للتنس [(رولان جاروس)] بعد", "ببطولة [فرنسا] المفتوحة",
               "توج [الإسباني]", "على [النمساوي]", "وهو [السويسري]"])

# ---------------------------------------------------------------- r-pan-13
PA("r-pan-13",
   places=[
       P("الفلسطينية في [غزة]،", "city", "PS", 31.50161, 34.46672, 281133,
         why="locative after a body: the ministry in Gaza"),
   ],
   event_places=[
       EP(0, "غزة", why="cumulative toll dated to the statement; placed speaker 'وزارة الصحة الفلسطينية في غزة'"),
       EP(1, "غزة", why="continues the ministry's statement (وأوضحت)"),
   ],
   not_places=["وزارة الصحة [الفلسطينية]", "الضحايا في [القطاع]", "مستشفيات [القطاع]"])

# ---------------------------------------------------------------- r-pan-16
PA("r-pan-16",
   places=[
       P("في العاصمة [طرابلس] ضد", "city", "LY", 32.88743, 13.18733, 2210247),
       P("في العاصمة [طرابلس]، بينما", "city", "LY", 32.88743, 13.18733, 2210247),
       P("في [مدينة بنغازي] وسط", "city", "LY", 32.11486, 20.06859, 88319),
       P("المعارك في [طرابلس] بعد", "city", "LY", 32.88743, 13.18733, 2210247),
       P("زيارة [ليبيا] مطلع", "country", "LY", 27.0, 17.0, 2215636,
         why="destination of the envoy's visit: plain mention"),
       P("حول [مطار طرابلس الدولي]،", "site", "LY", 32.6635, 13.1590, None,
         why="Tripoli International Airport; point from knowledge"),
       P("في [مدينة بنغازي] شرق", "city", "LY", 32.11486, 20.06859, 88319),
       P("الأمني في [ليبيا].", "country", "LY", 27.0, 17.0, 2215636),
   ],
   event_places=[
       EP(0, "طرابلس", why="clashes near the army chief-of-staff HQ (a building named by function) in Tripoli; first named before Benghazi"),
       EP(1, "طرابلس"),
   ],
   not_places=["إدارة [النايل سات]", "تليفزيون [ليبيتين]", "عملية [فجر ليبيا]", "«[ليبيا الوطنية]»",
               "«[ليبيا الرسمية]\"", "[رئاسة أركان الجيش الليبي]", "[العاصمة] طرابلس ضد", "شرق [البلاد]"])

# ---------------------------------------------------------------- r-sdn-02
PA("r-sdn-02",
   places=[
       P("المساجد في [مدينة الفاشر] شمال", "city", "SD", 13.62793, 25.34936, 379555),
       P("الفاشر [شمال دارفور]،", "region", "SD", 16.5, 25.0, None,
         why="North Darfur state; centre point from knowledge"),
       P("داخل [معسكر أبوشوك] للنازحين", "district", "SD", 13.66, 25.34, None,
         why="Abu Shouk IDP camp, just north of El Fasher; point from knowledge"),
       P("وتشهد [مدينة الفاشر] منذ", "city", "SD", 13.62793, 25.34936, 379555),
   ],
   event_places=[
       EP(0, "مدينة الفاشر", why="mosque in El Fasher; the camp is only named in the next sentence"),
       EP(1, "معسكر أبوشوك"),
       EP(2, "معسكر أبوشوك", why="the camp's emergency room on the dead of the same strike; camp carried over"),
       EP(3, "معسكر أبوشوك", why="'the strike that targeted the camp' = Abu Shouk"),
   ],
   not_places=["المدنيين [السودانيين]", "غرفة طوارئ [المعسكر]", "الإدارة الأهلية [بالمعسكر]",
               "استهدف [المخيم]", "دموية في [المنطقة]", "الجيش [السوداني]"])

# ---------------------------------------------------------------- r-yem-05
PA("r-yem-05",
   places=[
       P("على العاصمة [صنعاء]،", "city", "YE", 15.35452, 44.20646, 71137),
       P("في [مديرية شعوب] شمال", "district", "YE", 15.38, 44.22, None,
         why="Shu'ub district of the capital Sanaa; point from knowledge"),
       P("الفلسطيني في [قطاع غزة] وإدخال", "region", "PS", 31.42, 34.38, None),
       P("موانئ [فلسطين المحتلة] في", "country", "IL", 31.5, 34.75, 294640,
         why="'occupied Palestine' in Houthi usage = Israel's ports (Eilat, Haifa); country IL"),
       P("في [البحرين الأحمر] والعربي", "area", "XX", 20.0, 38.5, None,
         why="the Red Sea (البحرين الأحمر والعربي = the Red and the Arabian seas, two mentions)"),
       P("البحرين الأحمر و[العربي]،", "area", "XX", 15.0, 65.0, None,
         why="the Arabian Sea, elliptical second member of 'البحرين الأحمر والعربي'"),
       P("وحصاره على [غزة].", "region", "PS", 31.42, 34.38, None,
         why="Gaza here = the Gaza Strip under siege"),
   ],
   event_places=[
       EP(0, "مديرية شعوب", why="residential quarter in Shu'ub district, more specific than صنعاء"),
       EP(1, None, why="announcement of a resumed campaign (a plan); the statement's place is not given"),
   ],
   not_places=["[21 سبتمبر] |", "العدوان [الأمريكي البريطاني]", "في [حكومة صنعاء]", "القوات المسلحة [اليمنية]",
               "شمال [المدينة]"])
