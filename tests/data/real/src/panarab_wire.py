"""Real pan-Arab outlets and wire copy (region "pan-arab" / "wire"), ids r-pan-01 ...

Texts are copied from the stored "pages" corpus excerpts, character for character;
only headlines, decks, captions, site chrome, bylines and a cut-off last sentence
were dropped, and blank lines between paragraphs were reduced to one "\\n".
"""

from goldkit import A, T, E, R

# ---------------------------------------------------------------------------
# r-pan-01  Anadolu (aa.com.tr), Iraq, Tue 2021-01-19 -- election timetable
A("r-pan-01", batch=1,
  outlet="Anadolu Agency (Arabic)",
  url="https://www.aa.com.tr/ar/%D8%A7%D9%84%D8%AF%D9%88%D9%84-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D8%AA%D8%A3%D8%AC%D9%8A%D9%84-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86%D9%8A%D8%A9-%D8%A5%D9%84%D9%89-10-%D8%A3%D9%83%D8%AA%D9%88%D8%A8%D8%B1/2115306",
  published="2021-01-19",
  published_how="date line in the page: '19.01.2021 - محدث : 19.01.2021'",
  region="wire", country="IQ", topic="schedule",
  text='''
إبراهيم صالح/ الأناضول
أعلنت الحكومة العراقية، الثلاثاء، تأجيل الانتخابات البرلمانية 4 أشهر، ليكون إجراؤها في 10 أكتوبر/تشرين الأول 2021.
جاء ذلك عقب الاجتماع الأسبوعي للحكومة، في بغداد، وفق وكالة الأنباء الرسمية.
وقررت الحكومة العراقية "تأجيل الانتخابات البرلمانية من 6 يونيو/حزيران إلى 10 أكتوبر/تشرين الأول 2021".
جاء ذلك عقب يومين من اقتراح المفوضية العليا المستقلة للانتخابات (رسمية) بتأجيل الانتخابات البرلمانية لـ"استكمال النواحي الفنية لتسجيل الأحزاب السياسية وتوزيع البطاقات الانتخابية وتأمين الرقابة الدولية".
وفي أكتوبر الماضي، أقر البرلمان العراقي، قانون الانتخابات بعد جدل بشأن فقرة الدوائر الانتخابية، وصدق عليه رئيس البلاد.
''',
  timex=[
      T("العراقية، [الثلاثاء]، تأجيل", "DATE", "wd<=Tue"),
      T("البرلمانية [4 أشهر]،", "DURATION", "P4M"),
      T("إجراؤها في [10 أكتوبر/تشرين الأول 2021]", "DATE", "2021-10-10"),
      T("من [6 يونيو/حزيران] إلى", "DATE", "2021-06-06",
        why="the original polling day; its year is the other date's (2021). 'من 6 يونيو إلى 10 أكتوبر' "
            "moves the vote from one day to another, so it is NOT a range"),
      T("إلى [10 أكتوبر/تشرين الأول 2021]\"", "DATE", "2021-10-10"),
      T("عقب [يومين] من اقتراح", "DURATION", "P2D",
        why="a two-day lag anchored on an undated event (the commission's proposal, i.e. d-2); "
            "no date of its own to resolve to"),
      T("وفي [أكتوبر الماضي]،", "DATE", "mo-3"),
  ],
  events=[
      E("أعلنت الحكومة العراقية", "الأول 2021.", "d0"),
      E("جاء ذلك عقب الاجتماع الأسبوعي", "وكالة الأنباء الرسمية.", "d0", why="continuation"),
      E("وقررت الحكومة العراقية", "الأول 2021\".", "d0", why="the same decision"),
      E("جاء ذلك عقب يومين", "جاء ذلك عقب يومين", "d0",
        why="the decision, dated by the Tuesday above; the proposal clause is split off"),
      E("من اقتراح المفوضية", "الرقابة الدولية\".", "d-2",
        why="the commission's proposal came two days before Tuesday's decision (Sunday 17 Jan)"),
      E("وفي أكتوبر الماضي، أقر البرلمان", "الدوائر الانتخابية،", "mo-3",
        why="dated background; the ratification clause 'وصدق عليه رئيس البلاد' has no date (it was in "
            "November) and is left out"),
  ])

# ---------------------------------------------------------------------------
# r-pan-02  AFP copy on Zahwa Press, Lebanon, Mon 2024-11-18 -- conflict
A("r-pan-02", batch=2,
  outlet="AFP (republished by Zahwa Press)",
  url="https://ar.zahwapress.com/arab/177445.html",
  published="2024-11-18",
  published_how="fact: Hezbollah's media chief Mohammad Afif was killed in the Ras al-Nabaa strike on "
                "Sunday 17 Nov 2024 and the health ministry's new toll of ten came on Monday 18 Nov; "
                "agrees with 'الأحد' (strikes) and 'الاثنين' (new toll) in a same-day AFP story",
  region="wire", country="LB", topic="conflict",
  text='''
بيروت- أ.ف.ب
قتل عشرة أشخاص في الغارتين الإسرائيليتين اللتين استهدفتا، الأحد، قلب بيروت، على ما أفادت وزارة الصحة اللبنانية في حصيلة جديدة، الاثنين، نعى حزب الله أربعة منهم وقال إنهم من العاملين في مكتبه الإعلامي.
وبحسب الوزارة، أدّت الغارة على منطقة رأس النبع في بيروت، إلى مقتل «سبعة أشخاص من بينهم امرأة وإصابة ستة عشر آخرين بجروح».
ومن بين هؤلاء مسؤول العلاقات الإعلامية في حزب الله محمد عفيف الذي أعلن الحزب، الأحد، مقتله في غارة، استهدفت مركز حزب «البعث» في منطقة رأس النبع في بيروت.
وأكد الجيش الإسرائيلي «تصفية» عفيف، قائلاً في بيان إنه نفذ «ضربة دقيقة بناء على معلومات استخبارية في منطقة بيروت وقتل محمد عفيف».
ونعى حزب الله، الاثنين، كذلك أربعة من العاملين في مكتب العلاقات الإعلامية، قال إنهم قتلوا إلى جانب عفيف.
وأسفرت غارة ثانية، مساء الأحد،في منطقة مار الياس التجارية عن مقتل «ثلاثة أشخاص من بينهم امرأة وإصابة تسعة وعشرين آخرين بجروح»، كما أفادت وزارة الصحة في حصيلة جديدة، الاثنين.
وأصابت الغارة الإسرائيلية متجراً للإلكترونيات وسيارة، حسبما قال مصدر أمني طلب عدم كشف هويته.
''',
  timex=[
      T("استهدفتا، [الأحد]، قلب", "DATE", "wd<Sun"),
      T("جديدة، [الاثنين]، نعى", "DATE", "wd<=Mon"),
      T("الحزب، [الأحد]، مقتله", "DATE", "wd<Sun"),
      T("ونعى حزب الله، [الاثنين]، كذلك", "DATE", "wd<=Mon"),
      T("ثانية، [مساء الأحد]،في", "TIME", "wd<Sun|TEV"),
      T("في حصيلة جديدة، [الاثنين].", "DATE", "wd<=Mon"),
  ],
  events=[
      E("قتل عشرة أشخاص", "قلب بيروت،", "wd<Sun",
        why="all ten died in Sunday's two strikes (not a toll over several days), so the killing is "
            "dated to the strikes; the reporting clause that follows is Monday's"),
      E("على ما أفادت وزارة الصحة اللبنانية", "مكتبه الإعلامي.", "d0",
        why="the ministry's new toll and Hezbollah's mourning notice, both Monday"),
      E("وبحسب الوزارة، أدّت الغارة", "بجروح».", "wd<Sun",
        why="reporting frame undated, reported strike dated (Sunday)"),
      E("ومن بين هؤلاء مسؤول", "رأس النبع في بيروت.", "wd<Sun"),
      E("ونعى حزب الله، الاثنين", "إلى جانب عفيف.", "d0"),
      E("وأسفرت غارة ثانية", "آخرين بجروح»،", "wd<Sun"),
      E("كما أفادت وزارة الصحة في حصيلة", "جديدة، الاثنين.", "d0"),
      E("وأصابت الغارة الإسرائيلية", "عدم كشف هويته.", "wd<Sun",
        why="detail of the Sunday-evening Mar Elias strike just described"),
  ])

# ---------------------------------------------------------------------------
# r-pan-03  Arabic Wikinews, Saudi Arabia, Tue 2017-08-22 -- religious (Hijri)
A("r-pan-03", batch=3,
  outlet="Arabic Wikinews (ويكي الأخبار)",
  url="https://ar.wikinews.org/?curid=32439",
  published="2017-08-22",
  published_how="date line in the page: 'الثلاثاء 22 أغسطس 2017'",
  region="pan-arab", country="SA", topic="religious",
  text='''
الثلاثاء 22 أغسطس 2017
أعلنت المملكة العربية السعودية عن تعذر رؤية هلال شهر ذي الحجة لهذا العام مساء اليوم الاثنين (21-8)، وأن يوم الأربعاء القادم (23-8)، سيكون غرة ذي الحجة لهذا العام.
وبذلك يكون أول أيام عيد الأضحى المبارك الجمعة الموافق 1-9-2017، يسبقه بيوم الوقوف على صعيد عرفات حيث الركن الأكبر من شعائر الحج.
وتعدّ العشر الأوائل من ذي الحجة من أفضل الأيام التي يتقرب بها المسلمون إلى الله؛ نظراً لاقترانها بفريضة الحج.
وبهذه المناسبة، نتقدم بأحر التهاني والتبريكات للـ الأمتين العربية والإسلامية، وكل عام وأنتم بخير.
''',
  timex=[
      T("[الثلاثاء 22 أغسطس 2017]", "DATE", "2017-08-22"),
      T("[مساء اليوم الاثنين (21-8)]", "TIME", "2017-08-21TEV",
        why="chain: relative day + weekday + numeric date; the explicit 21-8 wins (it is a Monday; the "
            "page date line is Tuesday 22, so the text was written the day before)"),
      T("[يوم الأربعاء القادم (23-8)]", "DATE", "2017-08-23"),
      T("[غرة ذي الحجة لهذا العام]", "DATE", "hij:1438-12-1"),
      T("[الجمعة الموافق 1-9-2017]", "DATE", "2017-09-01",
        why="'أول أيام عيد الأضحى' before it is the topic whose date is given, so it is not tagged"),
      T("يسبقه ب[يوم] الوقوف", "DURATION", "P1D", alt=["2017-08-31"],
        why="'precedes it by a day': the standing at Arafat is 1-9-2017 minus one day"),
  ],
  events=[
      E("أعلنت المملكة العربية السعودية", "غرة ذي الحجة لهذا العام.", "2017-08-21",
        why="the announcement was made on the evening of Monday 21-8"),
      E("وبذلك يكون أول أيام", "من شعائر الحج.", "2017-08-21",
        why="consequence drawn from the same announcement; dated to the day it was made"),
  ],
  ranges=[],
  note="'العشر الأوائل من ذي الحجة' is generic (every year's first ten days) and 'أفضل الأيام' / "
       "'وكل عام وأنتم بخير' are generic or idiomatic: not tagged.")

# ---------------------------------------------------------------------------
# r-pan-04  Asharq Al-Awsat, Hong Kong, Thu 2014-10-02 -- politics
A("r-pan-04", batch=1,
  outlet="Asharq Al-Awsat",
  url="https://aawsat.com/node/193171",
  published="2014-10-02",
  published_how="fact: China's National Day rally of Wed 1 Oct 2014 (the 65th anniversary of 1949) "
                "is 'أمس' in this print-daily report; agrees with 'الأحد الماضي' = Sun 28 Sep 2014, "
                "the day the Occupy protests escalated",
  region="pan-arab", country="HK", topic="politics",
  text='''
احتشد المتظاهرون بأعداد كبيرة أمس للمطالبة بحريات سياسية في هونغ كونغ، حيث هدد قادة الطلاب بتكثيف تحركاتهم واقتحام مقر الحكومة ومبان رسمية أخرى ما لم يقدم رئيس السلطة التنفيذية لونغ شون - يينغ استقالته.
وبينما كان مسؤولون كبار صينيون ومن هونغ كونغ يحيون الذكرى الـ65 لانتصار الشيوعيين على الوطنيين وإقامة جمهورية الصين الشعبية في 1949، احتشد المتظاهرون بأعداد كبيرة في الشوارع. وكانت حركة الاحتجاج المدني التي بدأت قبل أسابيع في المستعمرة البريطانية السابقة، تكثفت الأحد الماضي بشكل مفاجئ متسببة بأخطر أزمة سياسية منذ إعادة هونغ كونغ إلى الصين عام 1997.
''',
  timex=[
      T("كبيرة [أمس] للمطالبة", "DATE", "d-1"),
      T("الشعبية في [1949]", "DATE", "1949"),
      T("التي بدأت [قبل أسابيع]", "DATE", "PAST_REF",
        why="'some weeks ago': vague plural offset, no single day or week"),
      T("تكثفت [الأحد الماضي]", "DATE", "wd<Sun"),
      T("إلى الصين [عام 1997]", "DATE", "1997"),
  ],
  events=[
      E("احتشد المتظاهرون بأعداد كبيرة أمس", "استقالته.", "d-1"),
      E("وبينما كان مسؤولون كبار", "في الشوارع.", "d-1",
        why="the same National Day rally; 1949 is the founding being commemorated, not the occurrence"),
      E("وكانت حركة الاحتجاج المدني", "عام 1997.", "wd<Sun",
        why="dated background (وكانت … تكثفت الأحد الماضي)"),
  ],
  note="'الذكرى الـ65' is the anniversary being marked, not a time; the last sentence of the excerpt "
       "(cut off mid-word) was dropped.")

# ---------------------------------------------------------------------------
# r-pan-05  BBC Arabic, Libya, Sat 2011-02-26 -- conflict
A("r-pan-05", batch=2,
  outlet="BBC Arabic",
  url="http://www.bbc.com/arabic/middleeast/2011/02/110226_libya_unrest_islamgaddafi",
  published="2011-02-26",
  published_how="date line in the page: 'آخر تحديث: السبت، 26 فبراير/ شباط، 2011، 13:25 GMT' "
                "(and the dated URL 2011/02/110226)",
  region="pan-arab", country="LY", topic="conflict",
  text='''
آخر تحديث:  السبت، 26 فبراير/ شباط، 2011، 13:25 GMT
قال محتجون ليبيون إنهم بسطوا سيطرتهم على مدينة مصراتة الواقعة غربي البلاد. وجرت مواجهات عنيفة بين أنصار القذافي ومعارضيه في مدن مصراتة وزوارة والزاوية القريبة من طرابلس، ما أدى إلى سقوط قتلى.
أوردت آخر التقارير من العاصمة الليبية طرابلس أنباء عن سماع دوي عيارات نارية خلال الليل، بينما تحدث أحد سكان المدينة عن انقطاع التيار الكهربائي.
وفي بنغازي -حوالي ألف كلم إلى الشرق من طرابلس- من حيث اندلع التمرد الذي يهدد نظام العقيد معمر القذافي والتي توجد تحت سيطرة المعارضة، ما زال عدد من المحتجين يقيمون اعتصاما أمام مقر المحكمة.
وقال أحد المشاركين في الاعتصام إنهم لن ينهوا وقفتهم قبل أن يغادر العقيد معمر القذافي الحكم، متوعدا بالزحف على طرابلس إن "رفض الزعيم الليبي التنازل".
وذكر شاهد عيان لوكالة رويترز يوم الجمعة أن مؤيدي القذافي والجيش يسيطرون على المناطق القريبة من باب العزيزية
''',
  timex=[
      T("[السبت، 26 فبراير/ شباط، 2011، 13:25 GMT]", "TIME", "2011-02-26T13:25",
        why="harmonised after first contact: a date and the clock time written with it are one moment"),
      T("خلال [الليل]", "TIME", "d-1|TNI", alt=["d0|TNI"],
        why="the night just past in a Saturday-midday report (Fri-Sat night), as heldout's الليلة الماضية"),
      T("[يوم الجمعة] أن", "DATE", "wd<=Fri"),
  ],
  events=[
      E("أوردت آخر التقارير", "انقطاع التيار الكهربائي.", "d-1",
        why="gunfire heard during the night of Friday 25 (the value of الليل)"),
      E("وذكر شاهد عيان لوكالة رويترز يوم الجمعة", "باب العزيزية", "wd<=Fri"),
  ],
  note="The excerpt ends at 'باب العزيزية' without a full stop; the clause is grammatically complete "
       "and was kept. Multimedia and 'استمع' chrome, headline and deck were dropped.")

# ---------------------------------------------------------------------------
# r-pan-06  Sky News Arabia, Egypt/Libya, Sun 2023-09-10 -- weather forecast
A("r-pan-06", batch=3,
  outlet="Sky News Arabia",
  url="https://skynewsarabia.com/amp/business/1652157-بعدما-أوقع-خسائر-فادحة-ليبيا-دانيال-يزحف-مصر",
  published="2023-09-10",
  published_how="fact: storm Daniel made landfall in eastern Libya on Sunday 10 Sep 2023 ('وصل السواحل "
                "الليبية قبل ساعات'); agrees with the forecast for 'الاثنين' and 'يومي الاثنين والثلاثاء' "
                "still ahead (11-12 Sep) and with the G20 admitting the African Union (9 Sep) in a "
                "related-news link",
  region="pan-arab", country="EG", topic="weather",
  text='''
يقترب إعصار دانيال المدمر من الوصول إلى مصر (سواحل البحر الأبيض المتوسط)، بعدما أوقع خسائر كبيرة في اليونان وليبيا خلال الأيام الأخيرة.
وحذرت السلطات المصرية من أخطار دخول العاصفة دانيال بعدما وصلت السواحل الليبية قادمة من اليونان، حيث كشفت هيئة الأرصاد الجوية المصرية أن إعصار دانيال وصل السواحل الليبية قبل ساعات، وتسبب في هطول أمطار غزيرة، بالإضافة لعواصف رعدية وسرعات كبيرة للرياح وارتفاع الأمواج لأكثر من 4 أمتار.
وتتوقع الأرصاد المصرية أن تشهد البلاد، الاثنين، نشاط رياح قد تكون مثيرة للرمال في أغلب أنحاء الجمهورية، مع وجود فرص لسقوط أمطار متوسطة قد تكون غزيرة ورعدية أحيانا على السلوم ومطروح وسيوة وتمتد مساءً إلى مناطق من الإسكندرية قد تكون متوسطة أحيانا.
وسيشعر كل سكان مصر بالإعصار دانيال يومي الاثنين والثلاثاء، خاصة مناطق السلوم ومطروح وسيوة.
وتسبب إعصار دانيال في مقتل 10 أشخاص في اليونان، فضلا عن أضرار بمليارات الدولارات، بحسب تقارير صحفية محلية.
''',
  timex=[
      T("خلال [الأيام الأخيرة]", "DURATION", "PXD"),
      T("الليبية [قبل ساعات]", "DATE", "d0", alt=["PAST_REF"],
        why="'a few hours ago': the landfall was earlier the same Sunday"),
      T("البلاد، [الاثنين]، نشاط", "DATE", "wd>Mon", why="forecast: points forward"),
      T("وتمتد [مساءً] إلى", "TIME", "wd>Mon|TEV",
        why="part of day with no day of its own: the Monday the forecast sentence has set"),
      T("يومي [الاثنين] والثلاثاء", "DATE", "wd>Mon"),
      T("يومي الاثنين و[الثلاثاء]", "DATE", "wd>Tue"),
  ],
  events=[
      E("يقترب إعصار دانيال المدمر", "خلال الأيام الأخيرة.", "d0",
        why="plainly the article's own present (the storm approaching as it is written)"),
      E("وحذرت السلطات المصرية", "لأكثر من 4 أمتار.", "d0",
        why="the landfall 'قبل ساعات' and the warning about it, same day"),
  ],
  ranges=[R("[يومي الاثنين والثلاثاء]", "wd>Mon/wd>Tue")],
  note="Forecast sentences (وتتوقع … الاثنين، وسيشعر … يومي الاثنين والثلاثاء) are left out of events: "
       "the day the forecast was made is not given. Related-news link lines were dropped as chrome, "
       "and the cut-off last sentence too. Greece's toll sentence is undated background.")

# ---------------------------------------------------------------------------
# r-pan-07  AFP copy on Hamza Wasel, Tunisia, Tue 2025-10-28 -- court
A("r-pan-07", batch=1,
  outlet="AFP (republished by Hamza Wasel)",
  url="https://hamztwasel.com/article/28498",
  published="2025-10-28",
  published_how="fact: the Tunis appeal court opened the 'conspiracy against state security' appeal on "
                "Monday 27 Oct 2025 and adjourned it to 17 Nov; agrees with 'أمس الاثنين'",
  region="wire", country="TN", topic="court",
  text='''
أرجأت محكمة الاستئناف في تونس، أمس الاثنين، النظر في قضية «التآمر على أمن الدولة»والتي حُكم فيها ابتدائياً على عشرات الشخصيات السياسية المعارضة بأحكام مشددة إلى 17 نوفمبر، على ما أفاد محامون وكالة الصحافة الفرنسية.
وقرّر القاضي تأجيل الجلسة إلى 17 نوفمبر والنظر في طلب الدفاع، على ما قال المحامي كريم المرزوقي.
وحُكم على المتهمين ابتدائياً، في إبريل الماضي بعقوبات تصل إلى السجن 74 عاماً إثر تنظيم جلسات محاكمة «عن بُعد».
والمسجونون قياديون في أحزاب سياسية ومحامون ورجال أعمال أو شخصيات إعلامية، ويناهز عددهم أربعين شخصاً ويُلاحقون بتهمة «التآمر على أمن الدولة الداخلي والخارجي» و«الانتماء إلى تنظيمات إرهابية».
''',
  timex=[
      T("[أمس الاثنين]", "DATE", "d-1"),
      T("مشددة إلى [17 نوفمبر]،", "DATE", "2025-11-17"),
      T("الجلسة إلى [17 نوفمبر] والنظر", "DATE", "2025-11-17"),
      T("في [إبريل الماضي]", "DATE", "mo-6"),
      T("السجن [74 عاماً]", "DURATION", "P74Y", mod="EQUAL_OR_LESS",
        why="length of the heaviest sentence ('تصل إلى' = up to)"),
  ],
  events=[
      E("أرجأت محكمة الاستئناف", "وكالة الصحافة الفرنسية.", "d-1"),
      E("وقرّر القاضي تأجيل الجلسة", "كريم المرزوقي.", "d-1", why="the same adjournment"),
      E("وحُكم على المتهمين ابتدائياً", "«عن بُعد».", "mo-6"),
  ],
  note="'همزة وصل -' (the outlet's own tag before the text) was dropped. 'عن بُعد' (remote) is not a time.")

# ---------------------------------------------------------------------------
# r-pan-08  RT Arabic on klyoum, Sudan, Fri 2025-09-19 -- conflict
A("r-pan-08", batch=2,
  outlet="RT Arabic (republished by klyoum.com)",
  url="https://www.klyoum.com/sudan-news/ar/78-مصادر-مقتل-عشرات-المدنيين-وإصابة-خرين-جرا-قصف-قوات-الدعم-السريع-لأحد-مساجد-مدينة-الفاشر",
  published="2025-09-19",
  published_how="date line in the page: 'نشر بتاريخ: ١٩ أيلول ٢٠٢٥'; fact: the RSF drone strike on the "
                "Abu Shouk camp mosque in El Fasher during dawn prayer was on Friday 19 Sep 2025, agrees "
                "with 'اليوم الجمعة'",
  region="pan-arab", country="SD", topic="conflict",
  text='''
نشر بتاريخ: ١٩ أيلول ٢٠٢٥
أفادت مصادر مطلعة بمقتل عشرات المدنيين وإصابة آخرين بجروح متفاوتة إثر قصف صاروخي نفذته مسيرة استراتيجية تابعة لقوات الدعم السريع استهدفت مصلين في أحد مساجد مدينة الفاشر.
وقال المصدر إن قوات الدعم السريع استهدفت مسجدا في معسكر أبوشوك للنازحين شمال المدينة، أثناء أداء المصلين لصلاة الفجر اليوم الجمعة.
وأعلنت غرفة طوارئ المعسكر أن من بين القتلى رئيس الإدارة الأهلية لمعسكر أبوشوك، العمدة آدم ود الشيخ والملك شريف وآخرين، مع الإشارة إلى أن مزيدا من التفاصيل سيتم نشرها لاحقا.
ونقلت وكالة 'أ ف ب' عن مصدر إغاثي سوداني قوله إن 75 شخصا قتلوا في قصف للدعم السريع على مخيم للنازحين بدارفور غرب السودان.
''',
  timex=[
      T("[١٩ أيلول ٢٠٢٥]", "DATE", "2025-09-19"),
      T("المصلين ل[صلاة الفجر اليوم الجمعة]", "TIME", "d0|TMO",
        why="prayer time + relative day + weekday in one stretch, like صباح اليوم; fajr = TMO"),
      T("نشرها [لاحقا]", "DATE", "FUTURE_REF"),
  ],
  events=[
      E("وقال المصدر إن قوات الدعم السريع", "اليوم الجمعة.", "d0"),
  ],
  note="The lead sentence can only be dated from the next one and is left out; the camp's and AFP's "
       "undated claims are left out. Aggregator chrome ('اخبار السودان', 'المصدر: RT') dropped; the "
       "aggregator's date line is kept as the dateline.")

# ---------------------------------------------------------------------------
# r-pan-09  Reuters copy on Sawt Beirut, Turkey, Thu 2025-10-23 -- economy
A("r-pan-09", batch=3,
  outlet="Reuters (Arabic; republished by Sawt Beirut)",
  url="https://www.sawtbeirut.com/world-news/%D8%A7%D9%84%D9%85%D8%B1%D9%83%D8%B2%D9%8A-%D8%A7%D9%84%D8%AA%D8%B1%D9%83%D9%8A-%D9%8A%D8%AE%D9%81%D8%B6-%D8%A7%D9%84%D9%81%D8%A7%D8%A6%D8%AF%D8%A9-100-%D9%86%D9%82%D8%B7%D8%A9-%D8%A3%D8%B3%D8%A7/",
  published="2025-10-23",
  published_how="corpus field (date 2025-10-23); fact: the Turkish central bank cut its rate 100 bp to "
                "39.5% on Thursday 23 Oct 2025, agrees with 'الخميس'",
  region="wire", country="TR", topic="economy",
  text='''
خفض البنك المركزي التركي الخميس سعر الفائدة الأساسي 100 نقطة أساس إلى 39.5 بالمئة، وهو ما يشير إلى إبطاء في وتيرة التيسير النقدي مثلما كان متوقعا في ظل تنامي مخاطر التضخم التي تخيم على آفاق الاقتصاد.
وفي اجتماعه السابق في سبتمبر أيلول، خفض البنك أسعار الفائدة 250 نقطة أساس، وهو ما كان أكثر قليلا من المتوقع بعد ارتفاع التضخم بشكل يفوق التوقعات في ظل تزايد المخاطر السياسية.
وجاء ذلك بعد خفض البنك أسعار الفائدة 300 نقطة أساس في اجتماع يوليو تموز.
وفي استطلاع رأي أجرته رويترز شمل 17 خبيرا اقتصاديا، توقع معظمهم خفض سعر إعادة الشراء (ريبو) لأجل أسبوع. وبلغ متوسط التوقعات 100 نقطة أساس. وتوقع أربعة من الاقتصاديين الإبقاء على أسعار الفائدة دون تغيير.
قفز معدل التضخم بتركيا في سبتمبر أيلول بما يزيد كثيرا على التوقعات، إذ بلغ 33.29 بالمئة على أساس سنوي، مما أثار توقعات بإبطاء دورة التيسير النقدي.
''',
  timex=[
      T("التركي [الخميس] سعر", "DATE", "wd<=Thu"),
      T("السابق في [سبتمبر أيلول]،", "DATE", "mo-1",
        why="Reuters' paired month form without a slash"),
      T("في اجتماع [يوليو تموز]", "DATE", "mo-3"),
      T("لأجل [أسبوع]", "DURATION", "P1W", why="the tenor of the one-week repo rate"),
      T("بتركيا في [سبتمبر أيلول]", "DATE", "mo-1"),
  ],
  events=[
      E("خفض البنك المركزي التركي الخميس", "آفاق الاقتصاد.", "d0"),
      E("وفي اجتماعه السابق في سبتمبر", "المخاطر السياسية.", "mo-1"),
      E("وجاء ذلك بعد خفض البنك", "اجتماع يوليو تموز.", "mo-3",
        why="reports the July cut (the September cut 'came after' it)"),
      E("قفز معدل التضخم بتركيا", "التيسير النقدي.", "mo-1",
        why="September's inflation figure"),
  ],
  note="'على أساس سنوي' (year-on-year) is a measurement basis, not a time; 'اجتماعه السابق' is "
       "'previous meeting'. The Reuters poll is undated and left out.")

# ---------------------------------------------------------------------------
# r-pan-10  Debriefer agency, France (Roland Garros), Sun 2018-06-10 -- sport
A("r-pan-10", batch=1,
  outlet="Debriefer news agency",
  url="https://debriefer.net/news-815.html",
  published="2018-06-10",
  published_how="fact: Nadal beat Thiem 6-4 6-3 6-2 in the Roland Garros final on Sunday 10 Jun 2018, "
                "agrees with 'اليوم الأحد' (twice) and the list ending with 2018",
  region="wire", country="FR", topic="sport",
  text='''
توج الإسباني رفائيل نادال المصنف الأول عالمياً، بلقب بطولة فرنسا المفتوحة للتنس (رولان جاروس) بعد فوزه على النمساوي دومينيك تيم المصنف السابع بنتيجة 6-4 و6-3 و6-2 في المباراة النهائية التي جرت بينهما اليوم الأحد.
وبذلك عزز نادال رقمه القياسي بالفوز ببطولة فرنسا المفتوحة للتنس (ثاني البطولات الأربع الكبرى الجراند سلام) للمرة 11 في مسيرته، كما سجل انتصاراته على ملاعب "رولان جاروس" الى 86 مقابل هزيمتين ليحقق لقبه 17 على صعيد البطولات الأربع الكبرى ليقلص الفارق بينه وحامل الرقم القياسي في هذه البطولات الكبرى وهو السويسري روجر فيدرر الذي أحرز 20 لقباً.
كما أن انتصار نادال، اليوم الأحد، هو سادس لقب له على التوالي على صعيد البطولات الأربع الكبرى.
وفاز نادال "مفتول العضلات" بكافة المباريات النهائية الـ10 التي خاضها في رولان جاروس من قبل.
وعلى الرغم من ان تيم كان الوحيد الذي تغلب على اللاعب الاسباني على الملاعب الرملية على مدار آخر موسمين، فان اللاعب النمساوي لم يشكل أي تهديد لملك الملاعب الرملية اليوم.
يذكر أن الإسباني نادال فاز بلقب بطولة فرنسا المفتوحة أعوام: من 2005 وحتى 2008، ثم من 2010 وحتى 2014، يليه عامي 2017 و2018.
''',
  timex=[
      T("بينهما [اليوم الأحد].", "DATE", "d0"),
      T("انتصار نادال، [اليوم الأحد]،", "DATE", "d0"),
      T("على مدار [آخر موسمين]", "DURATION", "P2Y",
        why="two (yearly) clay-court seasons"),
      T("الرملية [اليوم].", "DATE", "d0"),
      T("من [2005] وحتى", "DATE", "2005"),
      T("وحتى [2008]،", "DATE", "2008"),
      T("من [2010] وحتى", "DATE", "2010"),
      T("وحتى [2014]،", "DATE", "2014"),
      T("عامي [2017] و2018", "DATE", "2017"),
      T("عامي 2017 و[2018].", "DATE", "2018"),
  ],
  events=[
      E("توج الإسباني رفائيل نادال", "بينهما اليوم الأحد.", "d0"),
      E("وبذلك عزز نادال رقمه القياسي", "أحرز 20 لقباً.", "d0", why="continuation of the final"),
      E("كما أن انتصار نادال", "البطولات الأربع الكبرى.", "d0", occ=None),
      E("فان اللاعب النمساوي لم يشكل", "الرملية اليوم.", "d0",
        why="the main clause only; the concessive clause is a state over two seasons"),
  ],
  ranges=[
      R("[من 2005 وحتى 2008]", "2005/2008"),
      R("[من 2010 وحتى 2014]", "2010/2014"),
      R("[عامي 2017 و2018]", "2017/2018"),
  ],
  note="Scores 6-4 و6-3 و6-2 look like dates and are not; 'من قبل' (previously), 'للمرة 11', 'الـ10' "
       "are not times. The years list (يذكر أن …) is not an event (years only).")

# ---------------------------------------------------------------------------
# r-pan-11  MENA wire, Egypt, Fri 2025-02-28 -- religious (Ramadan 1446)
A("r-pan-11", batch=2,
  outlet="MENA (Middle East News Agency)",
  url="https://mena.org.eg/news/dbcall/table/textnews/id/11086345",
  published="2025-02-28",
  published_how="dateline 'القاهرة في 28 فبراير /أ ش أ/' with 'اليوم /الجمعة/' and 'غدا /السبت/، أول مارس' "
                "of Ramadan 1446: Friday 28 Feb 2025",
  region="wire", country="EG", topic="religious",
  text='''
القاهرة في 28 فبراير /أ ش أ/ أعلنت دار الإفتاء المصرية أن اليوم /الجمعة/ هو المتمم لشهر شعبان، وأن غدا /السبت/، أول مارس؛ هو غرة شهر رمضان المبارك؛ وذلك بعد استطلاع الهلال للشهر المبارك لعام 1446 هـ.
وذكرت دار الإفتاء أن ذلك جاء عقب تحري هلال شهر رمضان، بواسطة اللجان الشرعية والعلمية المنتشرة في أنحاء الجمهورية؛ حيث تحقق لديها شرعًا ثبوت رؤية هلال شهر رمضان.
''',
  timex=[
      T("القاهرة في [28 فبراير]", "DATE", "2025-02-28"),
      T("أن [اليوم /الجمعة/]", "DATE", "d0",
        why="MENA marks the weekday with slashes; one span"),
      T("[المتمم لشهر شعبان]", "DATE", "d0",
        why="harmonised after first contact: the last day of Sha'ban, which the text says is today"),
      T("[غدا /السبت/، أول مارس]", "DATE", "2025-03-01", why="chain: relative day, weekday, date"),
      T("[غرة شهر رمضان المبارك]", "DATE", "hij:1446-9-1"),
      T("لل[شهر المبارك لعام 1446 هـ]", "DATE", "hijm:1446-9",
        why="'the blessed month of 1446 AH' = Ramadan 1446; هـ inside"),
  ],
  events=[
      E("أعلنت دار الإفتاء المصرية", "لعام 1446 هـ.", "d0"),
      E("وذكرت دار الإفتاء", "هلال شهر رمضان.", "d0", why="continuation"),
  ],
  note="'هلال شهر رمضان' (twice) names the crescent being sought: the month is the topic, not tagged. "
       "The trailing editor codes 'م ا/ م ع ى - ك ف /أ ش أ/' were dropped.")

# ---------------------------------------------------------------------------
# r-pan-12  RT Arabic, Egypt, Sat 2020-03-07 -- diplomacy
A("r-pan-12", batch=3,
  outlet="RT Arabic",
  url="https://arabic.rt.com/middle_east/1091932-%D8%B4%D9%83%D8%B1%D9%8A-%D9%8A%D8%B2%D9%88%D8%B1-7-%D8%AF%D9%88%D9%84-%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9-%D9%84%D9%86%D9%82%D9%84-%D8%B1%D8%B3%D8%A7%D9%84%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D8%B3%D9%8A%D8%B3%D9%8A-%D8%A5%D9%84%D9%89-%D9%82%D8%A7%D8%AF%D8%AA%D9%87%D8%A7/amp",
  published="2020-03-07",
  published_how="fact: Egypt's foreign minister Shoukry began his tour of seven Arab states (Sisi's "
                "messages on the Nile dam) in Amman on Sunday 8 Mar 2020; agrees with 'اليوم السبت' and "
                "'غدا 8 مارس' (8 March is a Sunday in 2020)",
  region="pan-arab", country="EG", topic="politics",
  text='''
يبدأ وزير الخارجية المصري، سامح شكري، غدا الأحد، جولة عربية واسعة لتسليم رسالة من رئيس بلاده، عبد الفتاح السيسي، إلى قادة 7 دول.
وذكرت وزارة الخارجية المصرية، في بيان أصدرته اليوم السبت، أن شكري "يتوجه غدا 8 مارس إلى العاصمة الأردنية عمان في مستهل جولة عربية خارجية تشمل كذلك كلا من السعودية والعراق والكويت وسلطنة عمان والبحرين والإمارات".
وأوضحت الوزارة في البيان أن شكري سيقوم بهذه الجولة لتسليم رسالة من الرئيس المصري "إلى قادة تلك الدول الشقيقة".
ولم توضح الخارجية المصرية تفاصيل مواضيع محادثات شكري في الدول العربية المذكورة أو فحوى رسالة السيسي إلى قادة تلك البلدان.
''',
  timex=[
      T("[غدا الأحد]", "DATE", "d+1"),
      T("أصدرته [اليوم السبت]", "DATE", "d0"),
      T("يتوجه [غدا 8 مارس]", "DATE", "2020-03-08", why="chain: relative day + explicit date"),
  ],
  events=[
      E("وذكرت وزارة الخارجية المصرية", "والبحرين والإمارات\".", "d0",
        why="the statement was issued today; the plan it announces is dated to the day it was made"),
      E("وأوضحت الوزارة في البيان", "الدول الشقيقة\".", "d0", why="continuation"),
  ],
  note="The lead (a plan) can only be dated by the statement in the next sentence and is left out; "
       "'سلطنة عمان' vs 'عمان' (Amman) is a place trap, not a time one. Byline 'ناصر حاتم' dropped.")

# ---------------------------------------------------------------------------
# r-pan-13  Asharq News, Gaza, Tue 2025-07-29 -- conflict (cumulative toll)
A("r-pan-13", batch=1,
  outlet="Asharq News (asharq.com)",
  url="https://asharq.com/amp/sub-live/politics/43634/حصيلة-ضحايا-حرب-إسرائيل-على-غزة-تتجاوز-60-ألفا-منذ-أكتوبر-2023",
  published="2025-07-29",
  published_how="fact: Gaza's health ministry announced the toll had passed 60,000 (60,034) on Tuesday "
                "29 Jul 2025, agrees with 'الثلاثاء'",
  region="pan-arab", country="PS", topic="conflict",
  text='''
أعلنت وزارة الصحة الفلسطينية في غزة، الثلاثاء، أن حصيلة الضحايا في القطاع تجاوزت 60 ألف فلسطيني منذ 7 من أكتوبر 2023.
وأوضحت الوزارة، في بيان، أن "عدد الضحايا بلغ 60 ألفاً و34 فلسطينياً منذ أكتوبر 2023"، مضيفة أن "113 جثماناً وصلوا إلى مستشفيات القطاع في آخر 24 ساعة جراء القصف الإسرائيلي".
''',
  timex=[
      T("في غزة، [الثلاثاء]،", "DATE", "wd<=Tue"),
      T("منذ [7 من أكتوبر 2023]", "DATE", "2023-10-07"),
      T("منذ [أكتوبر 2023]\"", "DATE", "2023-10"),
      T("في [آخر 24 ساعة]", "DURATION", "PT24H"),
  ],
  events=[
      E("أعلنت وزارة الصحة الفلسطينية", "من أكتوبر 2023.", "d0",
        why="cumulative toll: the day of the statement, not its 'since' date"),
      E("وأوضحت الوزارة، في بيان", "القصف الإسرائيلي\".", "d0", why="continuation"),
  ],
  note="Headline (with its own 'منذ أكتوبر 2023') dropped.")

# ---------------------------------------------------------------------------
# r-pan-14  RT Arabic, Syria/Iran, Sun 2020-12-06 -- diplomacy
A("r-pan-14", batch=2,
  outlet="RT Arabic",
  url="https://books.rtarabic.com/middle_east/1180462-%D8%A5%D9%84%D9%89-%D8%B7%D9%87%D8%B1%D8%A7%D9%86-%D8%A3%D9%88%D9%84-%D8%B2%D9%8A%D8%A7%D8%B1%D8%A9-%D8%AE%D8%A7%D8%B1%D8%AC%D9%8A%D8%A9-%D9%84%D9%84%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A-%D9%81%D9%8A%D8%B5%D9%84-%D8%A7%D9%84%D9%85%D9%82%D8%AF%D8%A7%D8%AF/",
  published="2020-12-06",
  published_how="fact: Faisal Mekdad (named foreign minister on 22 Nov 2020, 'يوم 22 من الشهر الماضي') "
                "made his first trip abroad to Tehran and met Zarif on Monday 7 Dec 2020; agrees with "
                "'غدا الاثنين'",
  region="pan-arab", country="SY", topic="politics",
  text='''
أعلنت الخارجية الإيرانية اليوم أن وزير الخارجية السوري فيصل المقداد يزور طهران، وهي أول زيارة خارجية للمقداد منذ تعيينه وزيرا للخارجية
ويلتقي المقداد في طهران نظيره الإيراني محمد جواد ظريف.
ونقلت وكالة تسنيم الإيرانية للأنباء عن المتحدث باسم الخارجية الإيرانية سعيد خطيب زاده أن الزيارة الخارجية الأولى للمقداد إلى إيران ستشهد محادثات "مع وزير الخارجية الإيراني محمد جواد ظريف ومسؤولين ايرانيين آخرين".
وأضاف خطيب زاده أن فيصل المقداد سيلتقي غدا الاثنين وزير الخارجية الإيراني محمد جواد ظريف.
وكان المقداد تلقى اتصالا من ظريف هنأه فيه بتسميته وزيرا في اليوم الذي أصدر فيه الرئيس السوري بشار الأسد مرسوما بتسمية المقداد وزيرا للخارجية السورية يوم 22 من الشهر الماضي، خلفا لوزير الخارجية الراحل وليد المعلم.
''',
  timex=[
      T("الإيرانية [اليوم] أن", "DATE", "d0"),
      T("سيلتقي [غدا الاثنين]", "DATE", "d+1"),
      T("وزيرا في [اليوم] الذي أصدر", "DATE", "2020-11-22",
        why="'the day on which' the decree was issued: a back-reference resolved by the date the same "
            "sentence gives (22 of last month), not the DCT"),
      T("[يوم 22 من الشهر الماضي]", "DATE", "2020-11-22",
        why="day 22 of the month before the DCT (Dec 2020)"),
  ],
  events=[
      E("أعلنت الخارجية الإيرانية اليوم", "وزيرا للخارجية", "d0"),
      E("ويلتقي المقداد في طهران", "جواد ظريف.", "d0", occ=None,
        why="plan announced in the same statement; dated to the day it was made"),
      E("ونقلت وكالة تسنيم", "ايرانيين آخرين\".", "d0", why="continuation of today's announcement"),
      E("وأضاف خطيب زاده", "محمد جواد ظريف.", "d0", why="said today ('غدا' is tomorrow from today)"),
      E("وكان المقداد تلقى اتصالا", "وليد المعلم.", "2020-11-22",
        why="dated background (وكان … قد)"),
  ],
  note="The lead paragraph has no full stop in the source. 'منذ تعيينه' has no time of its own.")

# ---------------------------------------------------------------------------
# r-pan-15  DW Arabic (by style) on ksaplayers, Iraq, Sun 2016-11-13 -- conflict
A("r-pan-15", batch=3,
  outlet="DW Arabic (attributed by its house style; republished by ksaplayers)",
  url="https://ksaplayers.com/Ksahome/NewsDetial/?nid=5167133",
  published="2016-11-13",
  published_how="date line in the text: 'اليوم الأحد (13 نوفمبر/ تشرين الثاني 2016)'; the ksaplayers "
                "repost is stamped 11/14/2016",
  region="pan-arab", country="IQ", topic="conflict",
  text='''
صرح قائد الشرطة الاتحادية في العراق اليوم الأحد (13 نوفمبر/ تشرين الثاني 2016) أن قوات الشرطة تمكنت من قتل 935 من عناصر "داعش" في محور جنوبي الموصل منذ انطلاق عملية تحرير نينوي في السابع عشر من الشهر الماضي وحتى الآن. وقال الفريق رائد شاكر جودت في بيان صحافي وزع اليوم إن" قطعات الشرطة الاتحادية حررت كامل مساحة المحور الجنوبي بمساحة 1846 كم مربع واستعادة السيطرة على 94 قرية وقتلت 935 إرهابياً منذ انطلاق العمليات وتستعد للشروع بمرحلة اقتحام مدينة الموصل".
''',
  timex=[
      T("[اليوم الأحد (13 نوفمبر/ تشرين الثاني 2016)]", "DATE", "2016-11-13",
        why="chain: relative day + weekday + parenthesised date (DW's house style)"),
      T("في [السابع عشر من الشهر الماضي]", "DATE", "2016-10-17",
        why="ordinal day of the month before the DCT"),
      T("وحتى [الآن]", "DATE", "PRESENT_REF"),
      T("وزع [اليوم] إن", "DATE", "d0"),
  ],
  events=[
      E("صرح قائد الشرطة الاتحادية", "وحتى الآن.", "d0",
        why="cumulative toll: the day of the statement"),
      E("وقال الفريق رائد شاكر جودت", "مدينة الموصل\".", "d0"),
  ],
  ranges=[R("[السابع عشر من الشهر الماضي وحتى الآن]", "2016-10-17/d0")],
  note="The photo caption (with '13 نوفمبر، 2016' and an age) and the repost's headline were dropped. "
       "'1846 كم' and '935' are counts.")

# ---------------------------------------------------------------------------
# r-pan-16  Almoslim.net (agency round-up), Libya, Wed 2014-08-20 -- conflict
A("r-pan-16", batch=1,
  outlet="Almoslim.net (compiled from agencies)",
  url="http://www.almoslim.net/node/215985",
  published="2014-08-20",
  published_how="Hijri date line in the page: '24 شوال 1435' (Umm al-Qura = Wed 20 Aug 2014); agrees "
                "with 'الثلاثاء' for the Tripoli clashes near the army chief-of-staff HQ",
  region="pan-arab", country="LY", topic="conflict",
  text='''
24 شوال 1435
المسلم/متابعات/وكالات
أغلقت إدارة النايل سات محطتي تليفزيون ليبيتين إثر سيطرة ثوار عملية فجر ليبيا عليهما خلال الاشتباكات التي جرت في العاصمة طرابلس ضد قوات حفتر.
فقد تم إغلاق التليفزيون الرسمي «ليبيا الوطنية» الذي تديره الحكومة المؤقتة، وقناة «ليبيا الرسمية" التابعة للبرلمان.
يأتي ذلك في وقت سقط 4 قتلى و9 جرحى  الثلاثاء، في اشتباكات وقعت في محيط رئاسة أركان الجيش الليبي في العاصمة طرابلس، بينما دارت اشتباكات عنيفة في مدينة بنغازي وسط موجة نزوح كبيرة للسكان.
فقد تجددت المعارك في طرابلس بعد ساعات من إعلان مبعوث الأمم المتحدة عزمه زيارة ليبيا مطلع الأسبوع المقبل في محاولة للتوسط لوقف إطلاق النار.
وتدور معظم المعارك حول مطار طرابلس الدولي، إلا أن المعارك المنفصلة زادت وتيرتها في مدينة بنغازي شرق البلاد من تعقيد الوضع الأمني في ليبيا.
''',
  timex=[
      T("[24 شوال 1435]", "DATE", "hij:1435-10-24"),
      T("جرحى  [الثلاثاء]،", "DATE", "wd<=Tue"),
      T("طرابلس بعد [ساعات] من إعلان", "DURATION", "PTXH",
        why="a lag of some hours after an undated announcement"),
      T("ليبيا [مطلع الأسبوع المقبل]", "DATE", "wk+1", mod="START"),
  ],
  events=[
      E("يأتي ذلك في وقت سقط", "كبيرة للسكان.", "wd<=Tue"),
      E("فقد تجددت المعارك في طرابلس", "لوقف إطلاق النار.", "wd<=Tue",
        why="'فقد' elaborates the Tuesday clashes in Tripoli just reported"),
  ],
  note="'فجر ليبيا' (Operation Libya Dawn) is a name, not a part of day; 'الحكومة المؤقتة' is not a "
       "time. The last sentence (UN mission, cut off) was dropped; the Nilesat sentences are undated.")
