"""Real news from the Gulf states and Yemen, hand-annotated (see ../goldkit.py).

Excerpts are copied as the stored pages give them; headlines, date/time lines,
bylines, captions, share/ticker chrome and a last sentence cut off by the excerpt
are dropped.  Paragraph breaks are kept as single newlines.
"""

from goldkit import A, T, E, R

# ---------------------------------------------------------------------------
# r-gulf-01  Sabq (SA), Fri 2025-11-21 -- sport fixtures
A("r-gulf-01", batch=1,
  outlet="Sabq", url="https://sabq.org/sports/d2o4vv9vns", published="2025-11-21",
  published_how="corpus field (page date 2025-11-21), agrees with «غدًا السبت» = Sat 2025-11-22",
  region="gulf", country="SA", topic="sport",
  text='''
تستكمل غدًا السبت باقي مباريات الجولة التاسعة من منافسات دوري روشن السعودي للمحترفين، حيث تُقام 3 مباريات على النحو التالي:
ضمك - النجمة
تُقام المباراة بين الفريقين في تمام الساعة 4:40 مساءً بتوقيت مكة المكرمة، على ملعب نادي ضمك بخميس مشيط.
يدخل ضمك المواجهة وهو في المركز الـ17 (قبل الأخير) برصيد 4 نقاط، بينما يشارك النجمة وهو في المركز الـ18 (الأخير) دون أي نقاط.
الاتفاق - الفيحاء
يُقام اللقاء بين الفريقين في تمام الساعة 5:28 مساءً بتوقيت مكة المكرمة، على ملعب إيجو بالدمام.
يدخل الاتفاق اللقاء وهو بالمركز الـ11 برصيد 9 نقاط، في حين يأتي الفيحاء في المركز التاسع برصيد 11 نقطة.
الهلال - الفتح
ينطلق اللقاء بين الهلال والفتح غدًا في تمام الساعة 5:40 مساءً بتوقيت مكة المكرمة على ملعب المملكة أرينا بالرياض.
ويحتل الهلال المركز الثالث في ترتيب الدوري السعودي للمحترفين برصيد 20 نقطة، بينما يدخل الفتح المواجهة وهو في المركز الـ15 برصيد 5 نقاط فقط.
''',
  timex=[
      T("تستكمل [غدًا السبت] باقي", "DATE", "d+1"),
      T("[الساعة 4:40 مساءً بتوقيت مكة المكرمة]", "TIME", "d+1|T16:40",
        why="fixture list: the day is the Saturday set in the first sentence"),
      T("[الساعة 5:28 مساءً بتوقيت مكة المكرمة]", "TIME", "d+1|T17:28"),
      T("والفتح [غدًا] في تمام", "DATE", "d+1"),
      T("[الساعة 5:40 مساءً بتوقيت مكة المكرمة]", "TIME", "d+1|T17:40",
        why="day and clock time written apart: two records (heldout convention)"),
  ],
  events=[],
  note="A fixture list: the matches are plans and the day the schedule was set is not given, "
       "so no sentence is placed on the timeline (heldout convention for plans). "
       "«الجولة التاسعة», «المركز الـ17» are ordinals of rounds/places, not times.")

# ---------------------------------------------------------------------------
# r-yem-01  Socotra Post (YE), Mon 2021-04-12 -- religious announcement
A("r-yem-01", batch=2,
  outlet="Socotra Post", url="https://socotrapost.com/localnews/9364", published="2021-04-12",
  published_how="date line in the page: «سقطرى بوست - متابعات الإثنين, 12 أبريل, 2021 - 09:36 مساءً»; "
                "agrees with «اليوم الإثنين» and «غداً الثلاثاء 13 إبريل»",
  region="yemen", country="YE", topic="religious",
  text='''
أعلنت وزارة الأوقاف والإرشاد اليوم الإثنين أن غداً الثلاثاء هو أول أيام شهر رمضان المبارك.
وقالت الوزارة إنها وبعد تعذر رؤية الهلال أمس الأحد فقد كان اليوم الإثنين مكملاً لشهر شعبان.
وأوضحت الوزارة أنه ولثبوت رؤية الهلال اليوم في العديد من الدول الإسلامية التي  تشترك مع  اليمن  في مطالع الهلال ورؤيته، فإن وزارة الأوقاف والإرشاد تعلن أن غداً الثلاثاء 13 إبريل  هو الأول من شهر رمضان المبارك.
وكانت الوزارة أمس الأحد بسبب تعذر رؤية الهلال أعلنت أن تحري رؤية هلال رمضان سيكون اليوم الإثنين.
وأعلنت الكويت والسعودية وقطر والسودان والأردن أن غدا هو أول أيام شهر رمضان المبارك، فيما أعلنت سلطنة عمان الأربعاء أول أيام رمضان الكريم .
''',
  timex=[
      T("والإرشاد [اليوم الإثنين] أن", "DATE", "d0"),
      T("أن [غداً الثلاثاء] هو أول", "DATE", "d+1"),
      T("رؤية الهلال [أمس الأحد] فقد", "DATE", "d-1"),
      T("فقد كان [اليوم الإثنين] مكملاً", "DATE", "d0"),
      T("رؤية الهلال [اليوم] في العديد", "DATE", "d0"),
      T("تعلن أن [غداً الثلاثاء 13 إبريل]", "DATE", "2021-04-13",
        why="chain: relative day + weekday + date, one span; the date is the value"),
      T("وكانت الوزارة [أمس الأحد] بسبب", "DATE", "d-1"),
      T("سيكون [اليوم الإثنين].", "DATE", "d0"),
      T("أن [غدا] هو أول", "DATE", "d+1"),
      T("سلطنة عمان [الأربعاء] أول", "DATE", "wd>Wed",
        why="Oman's announced start of Ramadan: the coming Wednesday"),
      T("[أول أيام شهر رمضان المبارك]", "DATE", "d+1", occ=0,
        why="harmonised after first contact: a Hijri day is a date even when its day is being announced"),
      T("[مكملاً لشهر شعبان]", "DATE", "d0", why="harmonised: the 30th of Sha'ban, today"),
      T("هو [الأول من شهر رمضان المبارك]", "DATE", "2021-04-13", why="harmonised"),
      T("[أول أيام شهر رمضان المبارك]", "DATE", "d+1", occ=1, why="harmonised"),
      T("الأربعاء [أول أيام رمضان الكريم]", "DATE", "wd>Wed", why="harmonised: Oman's 1 Ramadan"),
  ],
  events=[
      E("أعلنت وزارة الأوقاف", "شهر رمضان المبارك.", "d0"),
      E("وقالت الوزارة إنها", "رؤية الهلال أمس الأحد", "d-1",
        why="reported failed sighting is dated Sunday; the sentence is split at «فقد»"),
      E("فقد كان اليوم الإثنين", "لشهر شعبان.", "d0"),
      E("وأوضحت الوزارة أنه", "الأول من شهر رمضان المبارك.", "d0"),
      E("وكانت الوزارة أمس الأحد", "سيكون اليوم الإثنين.", "d-1",
        why="background with its own date (the Sunday announcement)"),
      E("وأعلنت الكويت", "رمضان الكريم .", "d0",
        why="announcements that «غدا» is the first of Ramadan are same-day (Mon 12 April 2021) "
            "announcements; the «غدا» anchors them to the article's day"),
  ],
  note="«هلال رمضان» is the crescent, not a time. (Harmonised after first contact: the Hijri days "
       "«أول أيام شهر رمضان», «الأول من شهر رمضان», «مكملاً لشهر شعبان» are tagged, see README.)")

# ---------------------------------------------------------------------------
# r-gulf-02  Al-Mowaten (SA), Tue 2019-01-22 -- economy (CPI)
A("r-gulf-02", batch=3,
  outlet="Al-Mowaten",
  url="https://almowaten.net/2019/01/%D8%A7%D9%86%D8%AE%D9%81%D8%A7%D8%B6-%D8%A7%D9%84%D8%B1%D9%82%D9%85-%D8%A7%D9%84%D9%82%D9%8A%D8%A7%D8%B3%D9%8A-%D8%A7%D9%84%D8%B9%D8%A7%D9%85-%D9%84%D8%A3%D8%B3%D8%B9%D8%A7%D8%B1-%D8%A7%D9%84%D9%85",
  published="2019-01-22",
  published_how="dated URL (2019/01) + the text's own chain «اليوم الثلاثاء 16 جمادى الأولى 1440هـ الموافق 22 يناير2019م» "
                "(16 Jumada I 1440 = Tue 2019-01-22, Umm al-Qura)",
  region="gulf", country="SA", topic="economy",
  text='''
أصدرتْ الهيئة العامة للإحصاء (GaStat) اليوم الثلاثاء 16 جمادى الأولى 1440هـ الموافق 22 يناير2019م تقريرها الشهري عن الرقم القياسي لأسعار المستهلك في المملكة العربية السعودية لشهر ديسمبر الماضي، ونشرته عبر موقعها الرسمي على الإنترنت (هنا).
وقد سجَّل الرقم القياسي العام لأسعار المستهلك انخفاضًا خــــــلال شهــــر ديسمبر 2018م بلــغت نسبته 0.3 % مقارنـــة بالشهــــــر السابـــق (نوفمبر2018م).
''',
  timex=[
      T("[اليوم الثلاثاء 16 جمادى الأولى 1440هـ]", "DATE", "hij:1440-5-16:Tue",
        why="chain: relative day + weekday + Hijri date is one span; its Gregorian equivalent is a second record"),
      T("الموافق [22 يناير2019م]", "DATE", "2019-01-22"),
      T("ل[شهر ديسمبر الماضي]", "DATE", "mo-1"),
      T("[شهــــر ديسمبر 2018م]", "DATE", "2018-12"),
      T("بال[شهــــــر السابـــق]", "DATE", "2018-11",
        why="back-reference: the month before the December 2018 just named"),
      T("([نوفمبر2018م])", "DATE", "2018-11"),
  ],
  events=[
      E("أصدرتْ الهيئة العامة", "(هنا).", "d0"),
      E("وقد سجَّل الرقم", "(نوفمبر2018م).", "2018-12",
        why="the fall in the index happened over December 2018"),
  ],
  note="«تقريرها الشهري» is an adjective (monthly report), not a SET.")

# ---------------------------------------------------------------------------
# r-gulf-03  Al-Watan (BH), Wed 2015-07-29 -- conflict (Sitra bombing)
A("r-gulf-03", batch=1,
  outlet="Al-Watan (Bahrain)", url="https://alwatannews.net/ampArticle/539405", published="2015-07-29",
  published_how="date line in the page: «29 يوليو 2015»; fact: the Sitra bus bombing was on Tue 2015-07-28, "
                "agrees with «صباح أمس»",
  region="gulf", country="BH", topic="conflict",
  text='''
استشهد رجلا أمن وأصيب 6 آخرون بإصابات بالغة ومتوسطة، في تفجير قنبلة استهدفت حافلتهم قرب مدرسة غرناطة في سترة صباح أمس، بينما تشير المعلومات الأولية إلى أن المواد المستخدمة في التفجير تتطابق مع مواد متفجرة مصدرها إيران أحبطت «الداخلية» محاولة تهريبها مؤخراً. وعزّى حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة عاهل البلاد المفدى، وزير الداخلية الفريق الركن الشيخ راشد بن عبدالله آل خليفة، باستشهاد الشرطيين، سائلاً المولى عز وجل أن يحفظ البحرين وشعبها من كل سوء. فيما أكد صاحب السمو الملكي الأمير خليفة بن سلمان آل خليفة رئيس الوزراء في اجتماع أمني، أن يد العدالة ستطال كل من يريد النيل من أمن البحرين من منفذين ومحرضين. قبل أن تعلن وزارة الداخلية في حسابها على «تويتر» أن أعمال البحث والتحري أسفرت عن تحديد هوية المشتبه بتورطهم في هذه الجريمة الإرهابية والقبض على عدد منهم.
''',
  timex=[
      T("في سترة [صباح أمس]،", "TIME", "d-1|TMO"),
      T("محاولة تهريبها [مؤخراً].", "DATE", "PAST_REF"),
  ],
  events=[
      E("استشهد رجلا أمن", "في سترة صباح أمس،", "d-1",
        why="main clause only; the «بينما» clause (initial findings, a foiled smuggling «مؤخراً») has no day"),
  ],
  note="The King's condolences, the PM's remarks and the ministry's tweet carry no day of their own "
       "(they may be Tuesday or later) and are left out.")

# ---------------------------------------------------------------------------
# r-yem-02  Al-Ayyam (Aden) (YE), Mon 2023-10-02 -- conflict
A("r-yem-02", batch=2,
  outlet="Al-Ayyam (Aden)", url="https://www-web2.alayyam.info/news/9KB1VWVX-63LA2M-1461",
  published="2023-10-02",
  published_how="fact: the Houthi attack on the army's 26-September anniversary rally in Baqim (Saada) was on "
                "Sat 2023-09-30 («يوم أمس الأول السبت») and the Bahrain Defence Force announced its soldiers' "
                "deaths from the drone attack of Mon 2023-09-25 during the previous week («الأسبوع الماضي»): "
                "DCT Mon 2023-10-02",
  region="yemen", country="YE", topic="conflict",
  text='''
«الأيام» غرفة الأخبار:
قالت وسائل إعلام تابعة لجماعة الحوثي، إن 6 مدنيين سقطوا بين قتيل وجريح إثر استهدافهم من قبل القوات السعودية على الحدود مع اليمن.
وأوضحت وكالة سبأ بنسختها الحوثية، نقلًا عن مصدر أمني بمحافظة صعدة أن القوات السعودية استهدفت بالمدفعية مناطق متفرقة من مديريتي شدا ومنبه الحدوديتين ما أدى إلى مقتل مواطن وإصابة خمسة آخرين.
وذكرت الوكالة أن ثلاث من المصابين أحدهم امرأة، وآخر مهاجر إفريقي.
وأشارت إلى أن القصف خلف أضرارًا في ممتلكات المواطنين.
ولم تعلق السلطات السعودية على الادعاء الحوثي حتى اللحظة.
ويوم أمس الأول السبت قتل جندي يمني واحد على الأقل وأصيب 8 آخرون جراء هجوم منسوب لجماعة الحوثي على حفل عسكري للجيش اليمني في محافظة صعدة معقل الجماعة.
وأفاد مصدر عسكري يمني أن جماعة الحوثي شنت قصفًا مدفعيًا مسنودًا بطائرات مُسيرة على احتفال نظمته قيادة محور علب بالجيش اليمني في مديرية باقم شمال صعدة، بمناسبة ذكرى ثورة 26 سبتمبر 1962.
وكانت قوة دفاع البحرين أعلنت الأسبوع الماضي مقتل ثلاثة جنود من أفرادها وجرح آخرين في هجوم حوثي على مواقعهم عند الحدود الجنوبية للسعودية.
''',
  timex=[
      T("حتى [اللحظة].", "DATE", "PRESENT_REF", why="«حتى اللحظة» = so far; the signal حتى stays outside"),
      T("و[يوم أمس الأول السبت]", "DATE", "d-2"),
      T("أعلنت [الأسبوع الماضي] مقتل", "DATE", "wk-1"),
  ],
  events=[
      E("ويوم أمس الأول السبت", "معقل الجماعة.", "d-2"),
      E("وأفاد مصدر عسكري", "26 سبتمبر 1962.", "d-2", why="details of the Saturday attack"),
  ],
  note="«الأيام» in the dateline is the paper's name; «ثورة 26 سبتمبر 1962» is the name of a revolution whose "
       "anniversary is the occasion (not a time). The Saudi shelling report has no day of its own and is left "
       "out; the BDF sentence is dated only by an ISO week, so it is left out (heldout convention). "
       "The excerpt's '> ' quote marks (page formatting) were dropped.")

# ---------------------------------------------------------------------------
# r-gulf-04  Al-Jarida (KW), Tue 2018-09-25 -- politics (Bahrain elections)
A("r-gulf-04", batch=3,
  outlet="Al-Jarida (Kuwait)", url="http://m.aljarida.com/articles/1537805491572502000/", published="2018-09-25",
  published_how="date line in the page: «نشر في 25-09-2018»",
  region="gulf", country="KW", topic="politics",
  text='''
أعلنت البحرين، أمس، تنظيم الانتخابات البلدية بالتزامن مع النيابية في 24 نوفمبر المقبل بالبلاد.
ووفق ما أوردته وكالة الأنباء البحرينية الرسمية، قرر رئيس الوزراء الأمير خليفة بن سلمان آل خليفة دعوة الناخبين إلى مقار لجان الاقتراع والفرز، لانتخاب أعضاء المجالس البلدية 24 نوفمبر المقبل، على أن تكون الإعادة مطلع ديسمبر المقبل.
وحسب القرار ذاته، يتم فتح باب الترشيح لعضوية المجالس البلدية بالبلاد بدءًا من 17 أكتوبر المقبل ولمدة 5 أيام. وبهذا سيتم انطلاق عملية الاقتراع والترشح في الانتخابات النيابية والبلدية في توقيت واحد بالبلاد.
''',
  timex=[
      T("البحرين، [أمس]،", "DATE", "d-1"),
      T("النيابية في [24 نوفمبر المقبل] بالبلاد", "DATE", "2018-11-24"),
      T("البلدية [24 نوفمبر المقبل]، على", "DATE", "2018-11-24"),
      T("[مطلع ديسمبر المقبل]", "DATE", "2018-12", mod="START"),
      T("بدءًا من [17 أكتوبر المقبل] ولمدة", "DATE", "2018-10-17"),
      T("ولمدة [5 أيام]", "DURATION", "P5D"),
  ],
  ranges=[R("[17 أكتوبر المقبل ولمدة 5 أيام]", "2018-10-17/2018-10-21")],
  events=[
      E("أعلنت البحرين، أمس", "بالبلاد.", "d-1"),
      E("ووفق ما أوردته", "مطلع ديسمبر المقبل.", "d-1",
        why="the decision reported is yesterday's announcement (continuation)"),
      E("وحسب القرار ذاته", "ولمدة 5 أيام.", "d-1", why="plan, dated to the day it was announced"),
  ],
  note="«في توقيت واحد» = simultaneously, not a time.")

# ---------------------------------------------------------------------------
# r-gulf-05  Emarat Al-Youm (AE), Thu 2025-10-16 -- weather
A("r-gulf-05", batch=1,
  outlet="Emarat Al-Youm", url="https://www.emaratalyoum.com/local-section/other/2025-10-16-1.1980267",
  published="2025-10-16",
  published_how="dated URL (2025-10-16), agrees with «غد الجمعة» = Fri 2025-10-17",
  region="gulf", country="AE", topic="weather",
  text='''
توقّع المركز الوطني للأرصاد سقوط أمطار على مناطق متفرقة من الدولة، وتراجع درجات الحرارة خلال عطلة نهاية الأسبوع، مع فرصة تشكل ضباب.
وذكر المركز أن طقس اليوم سيكون رطباً صباحاً على بعض المناطق الساحلية والداخلية، مع فرصة تشكّل ضباب أو ضباب خفيف، وصحواً إلى غائم جزئياً.
وتظهر السحب شرقاً وجنوباً، وقد تكون ركامية بعد الظهر، والرياح جنوبية شرقية تتحول إلى شمالية غربية خفيفة إلى معتدلة السرعة، تنشط أحياناً، ويكون البحر خفيف الموج في الخليج العربي وفي بحر عُمان.
وبالنسبة لطقس غد الجمعة، فسيكون رطباً صباحاً على بعض المناطق الساحلية والداخلية، مع فرصة تشكل ضباب أو ضباب خفيف، وصحواً إلى غائم جزئياً.
وتستمر حالة الطقس السبت المقبل، كما هي على بعض المناطق خصوصاً الغربية.
''',
  timex=[
      T("خلال [عطلة نهاية الأسبوع]", "DATE", "wk+0WE", alt=("wk+0",),
        why="the coming weekend of the DCT's ISO week (Sat-Sun 18-19 Oct, the UAE weekend); heldout convention"),
      T("أن طقس [اليوم] سيكون", "DATE", "d0"),
      T("رطباً [صباحاً] على", "TIME", "d0|TMO", occ=0),
      T("ركامية [بعد الظهر]", "TIME", "d0|TAF"),
      T("لطقس [غد الجمعة]", "DATE", "d+1"),
      T("رطباً [صباحاً] على", "TIME", "d+1|TMO", occ=1, why="part of day of the Friday just named"),
      T("الطقس [السبت المقبل]", "DATE", "wd>Sat"),
  ],
  events=[],
  note="Forecasts only; the day the forecast was issued is not written, so no event (heldout convention). "
       "«تنشط أحياناً» (sometimes) is not a time.")

# ---------------------------------------------------------------------------
# r-yem-03  Shaharah Net (YE), Tue 2013-06-25 -- politics (Qatar abdication)
A("r-yem-03", batch=2,
  outlet="Shaharah Net", url="http://www.shaharah.net/?p=17200", published="2013-06-25",
  published_how="fact: the Amiri Diwan announced on Mon 2013-06-24 that Sheikh Hamad would address the nation "
                "at 8:00 on Tue 2013-06-25 (his abdication speech); agrees with «امس الإثنين … صباح اليوم الثلاثاء»",
  region="yemen", country="YE", topic="politics",
  text='''
أعلن الديوان الاميري القطري امس الإثنين أن أمير البلاد حمد بن خليفة آل ثاني سيتوجه بكلمة إلى الشعب القطري صباح اليوم الثلاثاء
وجاء في بيان مقتضب? أن الأمير حمد ? الذي أكدت فضائية “الجزيرة” القطرية عزمه التخلي عن الحكم لنجله ولي العهد الشيخ تميم? سيتوجه بكلمته عند الساعة الثامنة من صباح اليوم.
ونو?ه البيان -الذي نشرته الوكالة القطرية- إلى اعتبار هذا يوم الثلاثاء يوم عطلة رسمية في الدولة.
وذكرت “الجزيرة” أن أمير دولة قطر إلتقى الاثنين “الأسرة الحاكمة وأهل الحل والعقد في قطر”.
ونقلت عن مصادر قطرية أن حمد بن خليفة أحاط المجتمعين علما?ٍ بقراره تسليم مقاليد الحكم إلى ولي عهده تميم بن حمد آل ثاني.
''',
  timex=[
      T("[امس الإثنين]", "DATE", "d-1"),
      T("القطري [صباح اليوم الثلاثاء]", "TIME", "d0|TMO"),
      T("عند [الساعة الثامنة من صباح اليوم]", "TIME", "d0|T08:00"),
      T("اعتبار [هذا يوم الثلاثاء] يوم", "DATE", "d0"),
      T("إلتقى [الاثنين] “الأسرة", "DATE", "wd<=Mon"),
  ],
  events=[
      E("أعلن الديوان الاميري", "صباح اليوم الثلاثاء", "d-1"),
      E("وجاء في بيان مقتضب?", "من صباح اليوم.", "d-1",
        why="the Monday statement (a plan is dated to the day it was announced)"),
      E("ونو?ه البيان", "في الدولة.", "d-1", why="continuation of the Monday statement"),
      E("وذكرت “الجزيرة” أن أمير", "في قطر”.", "d-1", why="the meeting is dated Monday"),
      E("ونقلت عن مصادر قطرية", "آل ثاني.", "d-1", why="what Hamad told the Monday meeting"),
  ],
  note="The '?' characters are in the stored page (lost characters) and are kept. «يوم عطلة رسمية» "
       "(a day of public holiday) is the predicate of «هذا يوم الثلاثاء», not a second time. "
       "«الجزيرة» here is only a channel named in the text.")

# ---------------------------------------------------------------------------
# r-gulf-06  Oman (paper) (OM), Sun 2019-11-03 -- conflict (Yemen / Saudi border)
A("r-gulf-06", batch=3,
  outlet="Oman (daily)", url="https://www.omandaily.om/?p=741481", published="2019-11-03",
  published_how="date line in the page: «03 نوفمبر 2019»; agrees with «في وقت متأخر من مساء السبت»",
  region="gulf", country="OM", topic="conflict",
  text='''
صنعاء- «عمان» - شنّت مقاتلات التحالف العربي بقيادة السعودية أكثر من 50 غارة جوية على محافظة صعدة (شمال اليمن)، خلال الـ 24 ساعة الماضية.
وأعلن مصدر أمني أن الطيران السعودي شنّ أكثر من 50 غارة على مديريات الظاهر وشذا وحيدان ورازح.
فيما أعلنت السعودية، عن مقتل اثنين من جنودها، على الحدود الجنوبية، بعد ساعات قليلة من إعلان مماثل، يكشف مقتل عنصريين عسكريين من قواتها البرية. وكشفت وكالة الأنباء السعودية الرسمية (واس)، في وقت متأخر من مساء السبت، عن اسمهما وهما الجنديان: سلطان الودعاني، وعبدالرحمن الخبراني، من منتسبي حرس الحدود. وقالت إنهما قتلا «بالحد الجنوبي في منطقة جازان»، المتاخمة للحدود مع اليمن.
ويأتي الإعلان بعد ساعات قصيرة من إعلان (واس) السبت، أن الرقيب أول جبران المالكي، والرقيب حمود بن شوعي، من القوات البرية قتلا «بالحد الجنوبي في جازان».
''',
  timex=[
      T("خلال [الـ 24 ساعة الماضية]", "DURATION", "PT24H"),
      T("[بعد ساعات قليلة] من إعلان", "DURATION", "PTXH",
        why="offset from another announcement whose time is not given: a duration"),
      T("في [وقت متأخر من مساء السبت]", "TIME", "d-1|TEV", mod="END",
        why="heldout convention for «وقت متأخر من مساء …»"),
      T("[بعد ساعات قصيرة] من إعلان", "DURATION", "PTXH"),
      T("(واس) [السبت]،", "DATE", "wd<=Sat"),
  ],
  events=[
      E("صنعاء- «عمان» - شنّت", "الـ 24 ساعة الماضية.", "d0",
        why="governed by a duration counted back from the DCT (gold README, events (a))"),
      E("وأعلن مصدر أمني", "وحيدان ورازح.", "d0", why="continuation of the 24-hour report"),
      E("وكشفت وكالة الأنباء", "منتسبي حرس الحدود.", "d-1"),
      E("وقالت إنهما قتلا", "للحدود مع اليمن.", "d-1", why="continuation of SPA's Saturday statement"),
      E("ويأتي الإعلان", "في جازان».", "d-1", why="the earlier SPA announcement, Saturday"),
  ],
  note="«صنعاء- «عمان» -» is the dateline; «عمان» is the paper. The first Saudi announcement "
       "(«فيما أعلنت السعودية …») can only be dated from the next sentence and is left out. "
       "The last sentence (a child killed «أمس») is cut off by the excerpt and was dropped.")

# ---------------------------------------------------------------------------
# r-gulf-07  Emarat Al-Youm (AE), Mon 2010-11-22 -- court
A("r-gulf-07", batch=1,
  outlet="Emarat Al-Youm",
  url="https://emaratalyoum.com/local-section/accidents/2010-11-22-1.319354?ot=ot.AMPPageLayout",
  published="2010-11-22",
  published_how="dated URL (2010-11-22)",
  region="gulf", country="AE", topic="court",
  text='''
نظرت لجنة الإبعاد والمنع من السفر أمس، في 14 ملفاً لأجانب صدر بحقهم تدبير الإبعاد وأمر المنع من السفر، على خلفية قضايا دينوا بها، أغلبيتها خيانة أمانة، واحتيال، وسرقة، وفقاً لرئيس المحكمة الجزائية في دبي، رئيس لجنة الإبعاد والمنع من السفر القاضي أحمد إبراهيم سيف، الذي ترأس اجتماعاً أمس، حضره أعضاء اللجنة، المقدم الدكتور محمد المر، والقاضي راشد السميري، والمقدم الدكتور رياض بلهول، والمستشار حمد الخلافي، الذين يجتمعون مرة شهرياً.
وقال سيف إن «اللجنة أجلت جميع الملفات بعد النظر فيها، ولم تبُت في أي منها»، مشيراً إلى أن «أكبر مبلغ مالي شملته ملفات الأمس، هو 20 مليون درهم مطلوبة من احد المحكومين، لمصلحة المجني عليه في قضية الاحتيال (المدعي بالحق المدني)».
وأوضح سيف أن المدان انهى فترة محكوميته، لكنه اخفق في الايفاء بالمبلغ الذي استولى عليه من جريمة الاحتيال، وقد صدر ضده تدبير الإبعاد، وأمر المنع من السفر، نتيجة الدعوى المدنية التي رفعها المجني عليه.
وشدّد سيف على أن «اللجنة تبحث في تعارض الإبعاد والمنع من السفر، لكنها تضع في حكمها مصلحة المدعي بالحق المدني كي لا تضيع حقوقه، ولا يحكم بالإبعاد وإلغاء المنع من السفر إلا وفق نصوص قانونية».
''',
  timex=[
      T("من السفر [أمس]، في 14", "DATE", "d-1"),
      T("اجتماعاً [أمس]،", "DATE", "d-1"),
      T("يجتمعون [مرة شهرياً].", "SET", "P1M", why="habitual: once a month"),
      T("ملفات [الأمس]،", "DATE", "d-1", why="«ملفات الأمس» = the files of yesterday's session"),
  ],
  events=[
      E("نظرت لجنة الإبعاد", "مرة شهرياً.", "d-1"),
      E("وقال سيف إن", "(المدعي بالحق المدني)»." , "d-1",
        why="what he reports (the files were adjourned) happened at yesterday's session"),
      E("وأوضح سيف أن", "رفعها المجني عليه.", "d-1", why="«وأوضح» continuation of the dated statement"),
      E("وشدّد سيف على", "نصوص قانونية»." , "d-1", why="continuation of the dated statement"),
  ],
  note="«فترة محكوميته» (his prison term) names a term, not a duration value. The last, cut-off sentence "
       "(«يشار إلى أن صاحب الس…») was dropped.")

# ---------------------------------------------------------------------------
# r-yem-04  Nashwan News (YE), Sat 2025-03-29 -- religious (Eid al-Fitr)
A("r-yem-04", batch=2,
  outlet="Nashwan News",
  url="https://nashwannews.com/270152/الأوقاف-اليمنية-تعلن-الأحد-أول-أيام-عيد-الفطر-المب",
  published="2025-03-29",
  published_how="fact: Yemen's Ministry of Awqaf announced on the evening of Sat 2025-03-29 that Eid al-Fitr is "
                "Sun 2025-03-30; agrees with «مساء اليوم السبت الموافق 29 من رمضان 1446 هـ و 29 من مارس 2025 م»",
  region="yemen", country="YE", topic="religious",
  text='''
أعلنت وزارة الأوقاف والإرشاد في الجمهورية اليمنية، مساء اليوم السبت الموافق 29 من رمضان 1446 هـ و 29 من مارس 2025 م، أن يوم غد الأحد الموافق 30 من مارس 2025 م هو أول أيام عيد الفطر المبارك.
وأوضحت الوزارة في بيان لها اطلع نشوان نيوز على نسخة منه أنه تم التواصل مع اللجنة المكلفة بتحري أهلة الشهور القمرية، وبعد قيام اللجنة بمراقبة هلال شهر شوال لهذا العام ومتابعته في المناطق المتوقع ظهوره فيها، فقد ثبت لدى اللجنة رؤية الهلال هذه الليلة. وتتكون اللجنة من أساتذة في علم الفلك وقضاة وعلماء.
وبهذه المناسبة الدينية العظيمة، رفعت وزارة الأوقاف والإرشاد أسمى آيات التهاني والتبريكات إلى أبناء الشعب اليمني الكريم في الداخل والخارج، وإلى القيادة السياسية ممثلة بفخامة رئيس مجلس القيادة الرئاسي وأعضاء المجلس، وإلى أبطال القوات المسلحة والأمن ورجال المقاومة الباسلة، وكافة موظفي السلطات التشريعية والقضائية والتنفيذية.
واختتم البيان بعبارة "وعيدكم مبارك وكل عام وأنتم بخير".
''',
  timex=[
      T("[مساء اليوم السبت الموافق 29 من رمضان 1446 هـ]", "TIME", "hij:1446-9-29:Sat|TEV",
        why="chain (part of day + relative day + weekday + Hijri date) is one span; "
            "the Gregorian equivalent after «و» is a second record"),
      T("و [29 من مارس 2025 م]،", "DATE", "2025-03-29"),
      T("[يوم غد الأحد الموافق 30 من مارس 2025 م]", "DATE", "2025-03-30"),
      T("رؤية الهلال [هذه الليلة].", "TIME", "d0|TNI"),
  ],
  events=[
      E("أعلنت وزارة الأوقاف", "عيد الفطر المبارك.", "d0"),
      E("وأوضحت الوزارة في بيان", "الهلال هذه الليلة.", "d0"),
      E("وبهذه المناسبة", "والتنفيذية.", "d0", why="continuation of the dated statement"),
      E("واختتم البيان", "بخير\".", "d0", why="continuation of the dated statement"),
  ],
  note="«أول أيام عيد الفطر المبارك» is the topic whose date is given; «هلال شهر شوال», «أهلة الشهور القمرية» "
       "are not times; «وكل عام وأنتم بخير» is a formula (idiom); «نشوان نيوز» is the outlet.")

# ---------------------------------------------------------------------------
# r-gulf-08  Al-Bilad (SA), Sun 2026-02-15 -- religious (Ramadan crescent)
A("r-gulf-08", batch=3,
  outlet="Al-Bilad (Saudi)",
  url="https://albiladdaily.com/2026/02/15/%D8%A7%D9%84%D9%85%D8%AD%D9%83%D9%85%D8%A9-%D8%A7%D9%84%D8%B9%D9%84%D9%8A%D8%A7-%D8%AA%D8%AF%D8%B9%D9%88-%D8%A5%D9%84%D9%89-%D8%AA%D8%AD%D8%B1%D9%8A-%D9%87%D9%84%D8%A7%D9%84-%D8%B1%D9%85%D8%B6%D8%A7/",
  published="2026-02-15",
  published_how="dated URL (2026/02/15)",
  region="gulf", country="SA", topic="religious",
  text='''
دعت المحكمة العليا عموم المسلمين، في جميع أنحاء المملكة، لتحري رؤية هلال شهر رمضان المبارك مساء يوم الثلاثاء 29/ 8/ 1447هـ -حسب تقويم أم القرى- الموافق 17/ 2/ 2026م.
وأكدت المحكمة، في بيان، أن من يُمكنه رؤية الهلال بالعين المجردة أو بواسطة المناظير، إبلاغ أقرب محكمة إليه وتسجيل شهادته إليها، أو الاتصال بأقرب مركزٍ؛ لمساعدته في الوصول إلى أقرب محكمة.
وأهابت المحكمةُ العليا بمن لديه القدرة على الترائي الاهتمامَ بهذا الأمر، والانضمام إلى اللجان المشكّلة في المناطق لهذا الغرض، واحتساب الأجر والثواب بالمشاركة؛ لما فيه من التعاون على البرّ والتقوى، والنفع لعموم المسلمين.
''',
  timex=[
      T("[مساء يوم الثلاثاء 29/ 8/ 1447هـ]", "TIME", "hij:1447-8-29:Tue|TEV",
        why="Hijri date with weekday (Umm al-Qura, as the text says); the Gregorian equivalent is a second record"),
      T("الموافق [17/ 2/ 2026م]", "DATE", "2026-02-17"),
  ],
  events=[],
  note="«هلال شهر رمضان المبارك» is the crescent being sought (topic), not a time. The call itself carries "
       "no day of its own, so no event is placed (never on the DCT by default).")

# ---------------------------------------------------------------------------
# r-yem-05  21 September (21sep.net) (YE), Sat 2025-03-15 -- conflict
A("r-yem-05", batch=1,
  outlet="21 September (21sep.net)", url="https://21sep.net/?p=264286", published="2025-03-15",
  published_how="fact: the first US strikes on Sanaa's Shu'ub district (initial toll 9 killed, 9 injured, "
                "per Anis al-Asbahi) were on the evening of Sat 2025-03-15, and the Houthi forces announced "
                "the resumption of their naval ban on Tue 2025-03-11; agrees with «مساء اليوم السبت» and "
                "«الثلاثاء الماضي»",
  region="yemen", country="YE", topic="conflict",
  text='''
21 سبتمبر |
شنَّ العدوان الأمريكي البريطاني، مساء اليوم السبت، غارات جوية على العاصمة صنعاء، مستهدفًا حيًّا سكنيًّا في مديرية شعوب شمال المدينة، ما أسفر عن سقوط 9 شهداء و9 جرحى في حصيلة أولية، وفق ما أعلنه المتحدث باسم وزارة الصحة في حكومة صنعاء، أنيس الأصبحي.
وتأتي هذه الغارات بعد أيام من انتهاء المهلة التي أعلنها السيد القائد عبدالملك بدر الدين الحوثي لكيان العدو الصهيوني لفك الحصار عن الشعب الفلسطيني في قطاع غزة وإدخال المساعدات الإنسانية.
وكانت القوات المسلحة اليمنية قد أعلنت، الثلاثاء الماضي، استئناف عملياتها البحرية ضد السفن الصهيونية والسفن المتجهة إلى موانئ فلسطين المحتلة في البحرين الأحمر والعربي، في إطار معركة الضغط على العدو لوقف عدوانه وحصاره على غزة.
''',
  timex=[
      T("البريطاني، [مساء اليوم السبت]، غارات", "TIME", "d0|TEV"),
      T("[بعد أيام] من انتهاء", "DURATION", "PXD",
        why="offset from the end of a deadline the text does not date: a duration"),
      T("أعلنت، [الثلاثاء الماضي]، استئناف", "DATE", "wd<Tue"),
  ],
  events=[
      E("شنَّ العدوان", "أنيس الأصبحي.", "d0"),
      E("وكانت القوات المسلحة", "وحصاره على غزة.", "wd<Tue", why="background with its own date"),
  ],
  note="«21 سبتمبر |» is the outlet's byline (a name, not a date). «وتأتي هذه الغارات بعد أيام …» is "
       "commentary, not a dated occurrence.")

# ---------------------------------------------------------------------------
# r-gulf-09  Slaati (SA), Tue 2019-07-23 -- schedule (Eid al-Adha holiday)
A("r-gulf-09", batch=2,
  outlet="Slaati", url="https://www.slaati.com/2019/07/23/p1449651.html", published="2019-07-23",
  published_how="dated URL (2019/07/23)",
  region="gulf", country="SA", topic="schedule",
  text='''
أعلنت وزارة الخدمة المدنية، عن موعد بدء إجازة عيد الأضحى المبارك.
وأوضحت أنها ستبدأ بنهاية دوام يوم الإثنين ٤ ذي الحجة، وستكون العودة للعمل يوم الأحد ١٧ ذي الحجة من العام ١٤٤٠هـ وفقاً لتقويم أم القرى.
''',
  timex=[
      T("بنهاية دوام [يوم الإثنين ٤ ذي الحجة]", "DATE", "hij:1440-12-4:Mon",
        why="Hijri day with weekday; the year 1440 is written once, after the second date"),
      T("[يوم الأحد ١٧ ذي الحجة من العام ١٤٤٠هـ]", "DATE", "hij:1440-12-17:Sun"),
  ],
  ranges=[R("[يوم الإثنين ٤ ذي الحجة، وستكون العودة للعمل يوم الأحد ١٧ ذي الحجة من العام ١٤٤٠هـ]",
            "2019-08-05/2019-08-18")],
  events=[],
  note="«إجازة عيد الأضحى» is the topic whose dates are given (spec: «عطلة عيد الأضحى» is not tagged). "
       "«بنهاية دوام» (at the end of the working day) is left outside the Monday span: it gives no clock time. "
       "The range is given by its named ends (start at the end of Monday, work resumes Sunday). "
       "The announcement carries no day, so no event.")

# ---------------------------------------------------------------------------
# r-yem-06  Al-Mashhad al-Arabi (YE), Mon 2018-09-10 -- schedule (Bahrain election timetable)
A("r-yem-06", batch=3,
  outlet="Al-Mashhad al-Arabi", url="http://almashhadalaraby.com/news/42793", published="2018-09-10",
  published_how="date line in the page: «الاثنين 10 سبتمبر 2018 19:58:28»",
  region="yemen", country="YE", topic="schedule",
  text='''
أصدر ملك البحرين حمد بن عيسى آل خليفة، الإثنين، أمراً ملكياً رقم (36) لسنة 2018 م بشأن تحديد ميعاد الانتخاب والترشيح لعضوية مجلس النواب. 
ونصت المادة الأولى من الأمر الملكي على أن "الناخبين المقيدة أسماؤهم في جداول الناخبين بالتطبيق لأحكام المرسوم بقانون رقم (14) لسنة 2002 بشأن مباشرة الحقوق السياسية، مدعوون للحضور إلى مقار لجان الاقتراع والفرز، وذلك لانتخاب أعضاء مجلس النواب السبت الموافق 24 نوفمبر/تشرين الثاني من الساعة الثامنة صباحاً إلى الساعة الثامنة مساءً".
وأوضح الأمر الملكي أن الحالات التي تقتضي إعادة الانتخاب، ستجرى، السبت الموافق 1ديسمبر/ كانون الأول المقبل، من الساعة الثامنة صباحاً إلى الساعة الثامنة مساءً، وفقا لما أوردته وكالة أنباء البحرين الرسمية.
وأشار إلى أن الانتخابات ستجرى في السفارات والقنصليات والبعثات الدبلوماسية البحرينية في الخارج، يوم الثلاثاء الموافق 20 نوفمبر/تشرين الثاني، على أن تجرى جولة الإعادة يوم الثلاثاء الموافق 27 من نفس الشهر.
''',
  timex=[
      T("آل خليفة، [الإثنين]، أمراً", "DATE", "wd<=Mon",
        why="bare weekday equal to the DCT's weekday in past reporting: the DCT"),
      T("النواب [السبت الموافق 24 نوفمبر/تشرين الثاني] من", "DATE", "2018-11-24"),
      T("الثاني من [الساعة الثامنة صباحاً] إلى", "TIME", "2018-11-24T08:00"),
      T("إلى [الساعة الثامنة مساءً]\".", "TIME", "2018-11-24T20:00"),
      T("ستجرى، [السبت الموافق 1ديسمبر/ كانون الأول المقبل]،", "DATE", "2018-12-01"),
      T("المقبل، من [الساعة الثامنة صباحاً] إلى", "TIME", "2018-12-01T08:00"),
      T("إلى [الساعة الثامنة مساءً]، وفقا", "TIME", "2018-12-01T20:00"),
      T("[يوم الثلاثاء الموافق 20 نوفمبر/تشرين الثاني]", "DATE", "2018-11-20"),
      T("[يوم الثلاثاء الموافق 27 من نفس الشهر]", "DATE", "2018-11-27",
        why="back-reference: «نفس الشهر» is the November just named"),
  ],
  events=[
      E("أصدر ملك البحرين", "لعضوية مجلس النواب.", "d0"),
      E("ونصت المادة الأولى", "الثامنة مساءً\".", "d0",
        why="content of the order issued today (a plan is dated to the day it was made)"),
      E("وأوضح الأمر الملكي", "البحرين الرسمية.", "d0", why="continuation: content of the same order"),
      E("وأشار إلى أن الانتخابات", "من نفس الشهر.", "d0", why="continuation: content of the same order"),
  ],
  note="«أمراً ملكياً رقم (36) لسنة 2018 م» and «المرسوم بقانون رقم (14) لسنة 2002» are document "
       "identifiers (names), not times. Clock-time spans within one day are not ranges. "
       "The last sentence («وجاء في المادة الثانية …») is cut off by the excerpt and was dropped.")

# ---------------------------------------------------------------------------
# r-gulf-10  Al-Mowaten (SA), Fri 2021-10-29 -- sport fixtures
A("r-gulf-10", batch=1,
  outlet="Al-Mowaten",
  url="https://www.almowaten.net/2021/10/3-%d9%85%d8%a8%d8%a7%d8%b1%d9%8a%d8%a7%d8%aa-%d8%ba%d8%af%d9%8b%d8%a7-%d8%a8%d9%80-%d8%af%d9%88%d8%b1%d9%8a-%d8%a7%d9%84%d9%85%d8%ad%d8%aa%d8%b1%d9%81%d9%8a%d9%86/",
  published="2021-10-29",
  published_how="date line in the page: «الجمعة ٢٩ أكتوبر ٢٠٢١ الساعة ٢:٥٩ مساءً»",
  region="gulf", country="SA", topic="sport",
  text='''
تُختتم الجولة العاشرة من دوري كأس الأمير محمد بن سلمان للمحترفين، مساء يوم غد السبت، بـ3 مباريات، أبرزهم مواجهة الفيحاء ضد النصر.
مباريات الغد في دوري محمد بن سلمان
وتنطلق مباريات الغد بمواجهة الفريق الأول لكرة القدم بنادي الاتفاق ضد ضمك عند الساعة 5:40 مساء على استاد مدينة الأمير سعود بن جلوي الرياضية.
ويحتل الاتفاق المركز الـ12 في جدول ترتيب دوري كأس الأمير محمد بن سلمان للمحترفين برصيد 10 نقاط، فيما يقع الفريق الأول لكرة القدم بنادي ضمك في المركز الثالث برصيد 18 نقطة، وفي حالة فوزه اليوم سينفرد بالصدارة.
ويحل الفريق الأول لكرة القدم بنادي أبها ضيفًا على التعاون على استاد مدينة الملك عبدالله الرياضية عند الساعة 6:05 مساء، ويدخل الفريقان مباراة اليوم بهدف تحقيق الفوز وتحسين نتائجهما.
ويحتل أبها المركز الـ13 بجدول ترتيب دوري كأس الأمير محمد بن سلمان للمحترفين برصيد 10 نقاط، فيما يتذيل الفريق الأول لكرة القدم بنادي التعاون الترتيب برصيد 4 نقاط.
''',
  timex=[
      T("[مساء يوم غد السبت]", "TIME", "d+1|TEV"),
      T("مباريات [الغد] في دوري", "DATE", "d+1"),
      T("وتنطلق مباريات [الغد] بمواجهة", "DATE", "d+1"),
      T("عند [الساعة 5:40 مساء]", "TIME", "d+1|T17:40"),
      T("فوزه [اليوم] سينفرد", "DATE", "d+1", alt=("d0",),
        why="the preview slips into match-day wording: «اليوم» is the Saturday of the match (the win "
            "today would put Damac top); the DCT reading is accepted as alt"),
      T("عند [الساعة 6:05 مساء]", "TIME", "d+1|T18:05"),
      T("مباراة [اليوم] بهدف", "DATE", "d+1", alt=("d0",), why="same match-day «اليوم» as above"),
  ],
  events=[],
  note="Fixture preview: matches are plans and standings are undated, so no event. "
       "«الجولة العاشرة» and ranks are not times. The subhead «مباريات الغد …» is kept as part of the body; "
       "photo captions and the cut-off last fixture were dropped.")

# ---------------------------------------------------------------------------
# r-gulf-11  Al-Jarida (KW), Sun 2023-12-03 -- politics / diplomacy (GCC summit)
A("r-gulf-11", batch=2,
  outlet="Al-Jarida (Kuwait)",
  url="http://cgaps.ku.edu.kw/2023/12/%d9%82%d8%b7%d8%b1-%d8%aa%d8%b3%d8%aa%d8%b6%d9%8a%d9%81-%d8%a7%d9%84%d9%82%d9%85%d8%a9-%d8%a7%d9%84%d8%ae%d9%84%d9%8a%d8%ac%d9%8a%d8%a9-%d8%a8%d8%b9%d8%af-%d8%ba%d8%af",
  published="2023-12-03",
  published_how="fact: the 44th GCC summit was held in Doha on Tue 2023-12-05 and the 158th ministerial "
                "meeting on Sun 2023-12-03; agrees with «بعد غد الثلاثاء» and «سيعقد اليوم» (republished by "
                "Kuwait University's CGAPS from aljarida.com/article/46510, dated URL 2023/12)",
  region="gulf", country="KW", topic="politics",
  text='''
في توقيت دولي وإقليمي شديد الحساسية، أعلنت دول مجلس التعاون الخليجي، أمس، أن القمة الخليجية على مستوى القادة ستُعقَد بعد غد الثلاثاء في قطر. وقال الأمين العام لمجلس التعاون الخليجي جاسم البديوي، في بيان، إن الاجتماع الوزاري الـ 158 لمجلس التعاون سيعقد اليوم في الدوحة، لتحضير جدول أعمال الدورة الـ 44 للمجلس الأعلى لمجلس التعاون. وأعلن البديوي أن وزير الخارجية القطري الشيخ محمد بن عبدالرحمن، رئيس الدورة الحالية للمجلس الوزاري، سيترأس الاجتماع بحضور وزراء الخارجية الخليجيين. وأوضح أن المجلس الوزاري «سيبحث خلال انعقاده عدداً من التقارير بشأن متابعة تنفيذ قرارات المجلس الأعلى لمجلس التعاون، التي صدرت عن القمة الـ 43، فضلاً عن العلاقات الاستراتيجية بين دول المجلس والدول والتكتلات العالمية، إضافة إلى آخر التطورات الإقليمية والدولية».
''',
  timex=[
      T("الخليجي، [أمس]، أن", "DATE", "d-1"),
      T("ستُعقَد [بعد غد الثلاثاء] في قطر", "DATE", "d+2"),
      T("سيعقد [اليوم] في الدوحة", "DATE", "d0"),
  ],
  events=[
      E("في توقيت دولي", "في قطر.", "d-1"),
      E("وقال الأمين العام", "لمجلس التعاون.", "d-1",
        why="the Secretary-General's statement is the GCC announcement of yesterday"),
      E("وأعلن البديوي", "وزراء الخارجية الخليجيين.", "d-1", why="continuation of the same statement"),
      E("وأوضح أن المجلس", "الإقليمية والدولية».", "d-1", why="continuation of the same statement"),
  ],
  note="«في توقيت … شديد الحساسية» (at a sensitive moment), «الدورة الحالية» (the current session), "
       "«الأمين العام», «الدورة الـ 44», «القمة الـ 43» are not times.")
