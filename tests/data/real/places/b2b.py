from placekit import PA, P, EP

PA("r-mag-05",
   places=[
       P("ل[تيقنتورين] بإن", "site", "DZ", 27.90, 9.12, None, why="Tiguentourine gas site (the span leaves out the classifier الموقع الغازي and the clitic ل); not in cities500, point from knowledge, ~40 km W of In Amenas"),
       P("ب[إن أمناس] (", "city", "DZ", 28.05, 9.55, None, why="In Amenas, not in cities500; point from knowledge"),
       P("([إليزي])", "region", "DZ", 26.5, 8.5, None, why="the wilaya of Illizi in parentheses after the town; centre of the province, not the town's GeoNames point"),
       P("ل[تيقنتورين] بحثا", "site", "DZ", 27.90, 9.12, None),
       P("ل[تيقنتورين] عن القضاء", "site", "DZ", 27.90, 9.12, None),
   ],
   event_places=[
       EP(0, "تيقنتورين", why="the securing operation going on today at the site; the statement reports an occurrence dated today"),
       EP(1, "تيقنتورين", why="the attack on the site"),
       EP(2, "تيقنتورين", why="the same ongoing securing of the site, repeated on radio"),
       EP(3, "تيقنتورين", why="the assault at the gas site of Tiguentourine"),
       EP(4, None, why="the minister's forecast of the toll: a statement with no place given"),
       EP(5, None, why="continues the placeless statement of event 4"),
   ],
   not_places=["اعتدوا على [الموقع الغازي]", "منحدرون من [بلدان] عربية", "للإذاعة [الوطنية]"])

PA("r-mag-08",
   places=[],
   event_places=[
       EP(0, None, why="national inflation figures; no place named"),
       EP(1, None), EP(2, None), EP(3, None), EP(4, None),
   ],
   not_places=["[المعهد الوطني للإحصاء]."])

PA("r-mag-11",
   places=[],
   event_places=[
       EP(0, None, why="the ministry's communiqué names no place"),
       EP(1, None, why="بالمملكة stands for the country without naming it"),
       EP(2, None),
   ],
   not_places=["ب[المملكة]،", "الشعب [المغربي]", "حمى [الوطن] والدين"])

PA("r-mag-14",
   places=[
       P("و[الهضاب العليا].", "area", "DZ", 35.0, 3.5, None, why="Algeria's High Plateaus, a named natural region; centre point from knowledge"),
   ],
   event_places=[
       EP(0, None, why="the ministry's decision names no place"),
       EP(1, None, why="the earlier decision; groups of wilayas are not places"),
   ],
   not_places=["لولايات [الشمال]", "بالنسبة [للجنوب] والهضاب", "لولايات [الجنوب] من", "مديرياتها [الولائية]"])

PA("r-pal-03",
   places=[],
   event_places=[EP(0, None), EP(1, None), EP(2, None)],
   not_places=["[الحدث الفلسطيني]\n\nأعلنت", "لجنة الانتخابات المركزية [الفلسطينية]", "للانتخابات [الفلسطينية] العامة"])

PA("r-pal-05",
   places=[
       P("في [الأغوار] ومنطقة", "area", "PS", 32.0, 35.5, None, why="the (Palestinian) Jordan Valley in a Palestinian forecast; centre point from knowledge"),
       P("و[منطقة البحر الميت]،", "area", "PS", 31.7, 35.45, None, why="the Dead Sea area of the West Bank forecast; the lake itself is shared, the forecast means its Palestinian shore"),
   ],
   event_places=[
       EP(0, None, why="general forecast, no place named"),
       EP(1, None, why="المناطق الغورية is an adjective, not a named place"),
       EP(2, None),
       EP(3, None),
       EP(4, None, why="a forecast for Friday dated to the day it was made: the statement's place, which is not given (cf. the planned meeting 'في تركيا' in aleppo 002, null)"),
       EP(5, None),
       EP(6, None),
   ],
   not_places=["[فلسطين اليوم]\n\nيتوقع", "في المناطق [الغورية]", "في [المناطق الجبلية]", "مساءً في [الجبال]"])

PA("r-pan-02",
   places=[
       P("[بيروت]- أ.ف.ب", "city", "LB", 33.89332, 35.50157, 276781, why="dateline"),
       P("قلب [بيروت]،", "city", "LB", 33.89332, 35.50157, 276781, why="'the heart of' is descriptive, not a separately named place"),
       P("الغارة على [منطقة رأس النبع] في", "district", "LB", 33.8815, 35.5075, None, why="Ras al-Nabaa quarter of Beirut; point from knowledge"),
       P("رأس النبع في [بيروت]، إلى", "city", "LB", 33.89332, 35.50157, 276781),
       P("«البعث» في [منطقة رأس النبع] في", "district", "LB", 33.8815, 35.5075, None),
       P("رأس النبع في [بيروت].", "city", "LB", 33.89332, 35.50157, 276781),
       P("في [منطقة بيروت] وقتل", "city", "LB", 33.89332, 35.50157, 276781),
       P("في [منطقة مار الياس] التجارية", "district", "LB", 33.884, 35.489, None, why="Mar Elias quarter of Beirut; 'commercial' is descriptive; point from knowledge"),
   ],
   event_places=[
       EP(0, "بيروت", why="the strikes on the heart of Beirut"),
       EP(1, "بيروت", why="Monday's statements with no place of their own take the dateline city"),
       EP(2, "منطقة رأس النبع"),
       EP(3, "منطقة رأس النبع", why="Afif killed in the strike on the Baath office in Ras al-Nabaa"),
       EP(4, "بيروت", why="Hezbollah's Monday statement, no place of its own: dateline"),
       EP(5, "منطقة مار الياس"),
       EP(6, "بيروت", why="the ministry's Monday toll, dated by the statement: dateline (Mar Elias is in Beirut anyway)"),
       EP(7, "منطقة مار الياس", why="the same second strike, carried over"),
   ],
   not_places=["وزارة الصحة [اللبنانية]", "[حزب الله] أربعة", "مركز حزب [«البعث»]", "الجيش [الإسرائيلي]"])

PA("r-pan-05",
   places=[
       P("على [مدينة مصراتة] الواقعة", "city", "LY", 32.37535, 15.09254, 2214846),
       P("مدن [مصراتة] و", "city", "LY", 32.37535, 15.09254, 2214846),
       P("و[زوارة] و", "city", "LY", 32.9312, 12.08199, 2208425),
       P("و[الزاوية] القريبة", "city", "LY", 32.75222, 12.72778, 2216885),
       P("القريبة من [طرابلس]،", "city", "LY", 32.88743, 13.18733, 2210247),
       P("العاصمة الليبية [طرابلس] أنباء", "city", "LY", 32.88743, 13.18733, 2210247),
       P("وفي [بنغازي] -", "city", "LY", 32.11486, 20.06859, 88319),
       P("الشرق من [طرابلس]-", "city", "LY", 32.88743, 13.18733, 2210247),
       P("بالزحف على [طرابلس] إن", "city", "LY", 32.88743, 13.18733, 2210247),
       P("من [باب العزيزية]", "site", "LY", 32.870, 13.175, None, why="Gaddafi's Bab al-Aziziya compound in Tripoli; point from knowledge"),
   ],
   event_places=[
       EP(0, "طرابلس", why="reports from Tripoli of gunfire in the night"),
       EP(1, "باب العزيزية", why="the areas near Bab al-Aziziya: the most specific place named"),
   ],
   not_places=["محتجون [ليبيون]", "غربي [البلاد]", "العاصمة [الليبية]", "الزعيم [الليبي]", "لوكالة [رويترز]"])

PA("r-pan-08",
   places=[
       P("مساجد [مدينة الفاشر]", "city", "SD", 13.62793, 25.34936, 379555),
       P("في [معسكر أبوشوك] للنازحين", "district", "SD", 13.66, 25.33, None, why="Abu Shouk displacement camp on El Fasher's north edge; point from knowledge"),
       P("ل[معسكر أبوشوك]،", "district", "SD", 13.66, 25.33, None),
       P("ب[دارفور] غرب", "area", "SD", 13.0, 24.5, None, why="Darfur as a region of five states, not one administrative unit"),
       P("[غرب السودان].", "area", "SD", 13.0, 26.0, None, why="one side of the country, like جنوب لبنان"),
   ],
   event_places=[
       EP(0, "معسكر أبوشوك", why="the mosque in Abu Shouk camp that was hit"),
   ],
   not_places=["شمال [المدينة]", "غرفة طوارئ [المعسكر]", "إغاثي [سوداني]"])

PA("r-pan-11",
   places=[
       P("[القاهرة] في 28", "city", "EG", 30.06263, 31.24967, 360630, why="dateline"),
   ],
   event_places=[
       EP(0, "القاهرة", why="Dar al-Ifta's announcement, no place of its own: dateline city"),
       EP(1, "القاهرة", why="continues the same announcement"),
   ],
   not_places=["دار الإفتاء [المصرية]", "أنحاء [الجمهورية]"])

PA("r-pan-14",
   places=[
       P("يزور [طهران]،", "city", "IR", 35.69439, 51.42151, 112931),
       P("في [طهران] نظيره", "city", "IR", 35.69439, 51.42151, 112931),
       P("إلى [إيران] ستشهد", "country", "IR", 32.0, 53.0, 130758, why="the destination of the visit: a location, not an actor"),
   ],
   event_places=[
       EP(0, "طهران", why="the visit taking place today in Tehran"),
       EP(1, "طهران"),
       EP(2, None, why="the spokesman's statement of planned talks is dated by the statement; his title does not place him (cf. aleppo 002's Turkish official)"),
       EP(3, None, why="continues that statement: a plan for tomorrow"),
       EP(4, None, why="a phone call; no place named"),
   ],
   not_places=["الخارجية [الإيرانية] اليوم", "وزير الخارجية [السوري]", "وكالة تسنيم [الإيرانية]", "الرئيس [السوري]"])

PA("r-sdn-01",
   places=[
       P("ب[مدينة أم درمان] غربي", "city", "SD", 15.64453, 32.47773, 365137),
       P("العاصمة [الخرطوم].", "city", "SD", 15.55177, 32.53241, 379252),
       P("ب[مدينة أم درمان]”", "city", "SD", 15.64453, 32.47773, 365137),
       P("في [مدينة أم درمان] جراء", "city", "SD", 15.64453, 32.47773, 365137),
   ],
   event_places=[
       EP(0, "مدينة أم درمان", why="the announced death of a man wounded in the Omdurman protests; Omdurman is the only place given for the story"),
       EP(1, "مدينة أم درمان", why="the same death, carried over"),
       EP(2, "مدينة أم درمان"),
       EP(3, "مدينة أم درمان", why="the same wounding, carried over"),
       EP(4, None, why="the committee's political statement; the statement's place is not given"),
       EP(5, None, why="a cumulative toll, dated by the statement (cf. Hajji Hassan, aleppo 001)"),
       EP(6, None, why="'Sudanese cities' names no place"),
       EP(7, "مدينة أم درمان", why="the announcement reports a protester's killing in Omdurman"),
   ],
   not_places=["لجنة أطباء [السودان] المركزية", "أعلنت لجنة أطباء [السودان]،", "مدن [سودانية]", "[السلطة الانقلابية]"])

PA("r-sdn-04",
   places=[
       P("ضمن [السودان] الموحد", "country", "SD", 15.0, 30.0, 366755),
       P("فى [جوبا] أبوابها", "city", "SS", 4.85165, 31.58247, 373303, why="GeoNames places Juba in today's South Sudan"),
       P("ولايات [جنوب السودانى] والباقى", "country", "SS", 7.5, 30.0, 7909807, why="'the Sudanese south' = Southern Sudan, today's South Sudan (in 2011 still an autonomous region of Sudan); tagged as the country that GeoNames has"),
       P("بولايات [جنوب السودان] وأكثر", "country", "SS", 7.5, 30.0, 7909807),
       P("منداخل [السودان] فيما", "country", "SD", 15.0, 30.0, 366755),
       P("الى [جوبا] أمس", "city", "SS", 4.85165, 31.58247, 373303),
       P("حدود مع [جنوب السودان].", "country", "SS", 7.5, 30.0, 7909807),
   ],
   event_places=[
       EP(0, None, why="voting began (across the south, the north and abroad); no place is named for it before Juba in the next sentence"),
       EP(1, "جوبا"),
       EP(2, "جوبا", why="same sentence as the Juba polling stations, carried over"),
       EP(3, "جوبا", why="delegations arrived in Juba"),
   ],
   not_places=["مصير [الجنوب] لحسممصيرهم", "ولايات [الشمال]والخارج", "فى [الشمال] وعدد", "خارج [البلاد]", "[الاتحاد الاوروبى]", "ومركز [كارتر]للسلام", "الدول [الافريقية]"])

PA("r-yem-01",
   places=[
       P("مع  [اليمن]  في", "country", "YE", 15.5, 47.5, 69543, why="a location sharing moon sightings, not an actor"),
       P("وأعلنت [الكويت] و", "country", "KW", 29.5, 47.75, 285570, role="actor"),
       P("و[السعودية] وقطر", "country", "SA", 25.0, 45.0, 102358, role="actor"),
       P("و[قطر] والسودان", "country", "QA", 25.5, 51.25, 289688, role="actor"),
       P("و[السودان] والأردن", "country", "SD", 15.0, 30.0, 366755, role="actor"),
       P("و[الأردن] أن", "country", "JO", 31.0, 36.0, 248816, role="actor"),
       P("أعلنت [سلطنة عمان] الأربعاء", "country", "OM", 21.0, 57.0, 286963, role="actor"),
   ],
   event_places=[
       EP(0, None, why="the ministry's statements name no place"),
       EP(1, None), EP(2, None), EP(3, None), EP(4, None),
       EP(5, None, why="the announcing states are actors"),
   ],
   not_places=["في العديد من [الدول الإسلامية]", "[وزارة الأوقاف والإرشاد] تعلن"])

PA("r-yem-02",
   places=[
       P("الحدود مع [اليمن].", "country", "YE", 15.5, 47.5, 69543),
       P("مصدر أمني ب[محافظة صعدة] أن", "region", "YE", 16.95, 43.6, None, why="Saada governorate (not the city's GeoNames point); centre from knowledge"),
       P("مديريتي [شدا] ومنبه", "region", "YE", 16.85, 43.25, None, why="Shada district (مديرية, an administrative division) on the Saudi border; point from knowledge"),
       P("و[منبه] الحدوديتين", "region", "YE", 17.0, 43.35, None, why="Munabbih district; point from knowledge"),
       P("في [محافظة صعدة] معقل", "region", "YE", 16.95, 43.6, None),
       P("في [مديرية باقم] شمال", "region", "YE", 17.35, 43.62, None, why="Baqim district; point from knowledge"),
       P("[شمال صعدة]،", "area", "YE", 17.2, 43.65, None),
       P("الجنوبية [للسعودية].", "country", "SA", 25.0, 45.0, 102358, why="the location of the border positions, not an actor; ل+ال fuse in the word, so the whole word is the span"),
   ],
   event_places=[
       EP(0, "محافظة صعدة"),
       EP(1, "مديرية باقم", why="the ceremony in Baqim district: the most specific place"),
   ],
   not_places=["من قبل القوات [السعودية]", "أن القوات [السعودية]", "السلطات [السعودية]", "قيادة محور [علب]", "قوة دفاع [البحرين]", "قتل جندي [يمني]", "للجيش [اليمني]", "[«الأيام»] غرفة"])

PA("r-yem-03",
   places=[
       P("والعقد في [قطر]", "country", "QA", 25.5, 51.25, 289688, why="where the ruling family and notables are: a location"),
   ],
   event_places=[
       EP(0, None, why="the Emiri Diwan's announcement names no place"),
       EP(1, None),
       EP(2, None, why="في الدولة stands for the country without naming it"),
       EP(3, "قطر", why="the emir met the ruling family and notables 'in Qatar'"),
       EP(4, "قطر", why="the same meeting, carried over"),
   ],
   not_places=["الديوان الاميري [القطري]", "أمير [البلاد]", "الشعب [القطري]", "“[الجزيرة]” القطرية", "الوكالة [القطرية]", "أمير [دولة قطر]", "في [الدولة]", "مصادر [قطرية]"])

PA("r-yem-04",
   places=[
       P("في [الجمهورية اليمنية]،", "country", "YE", 15.5, 47.5, 69543, why="Yemen's official name in a locative phrase after the ministry, so it places the speaking body"),
   ],
   event_places=[
       EP(0, "الجمهورية اليمنية", why="the ministry placed 'in the Republic of Yemen' (like الدفاع المدني في حلب)"),
       EP(1, "الجمهورية اليمنية", why="continues the ministry's statement"),
       EP(2, "الجمهورية اليمنية", why="the same ministry's statement"),
       EP(3, "الجمهورية اليمنية", why="the end of the same statement"),
   ],
   not_places=["اطلع [نشوان نيوز]", "الشعب [اليمني]", "في [الداخل] والخارج"])
