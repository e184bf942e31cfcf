"""Demo translations and the demo translation reviewer.

Each translated page is made with wagtail-localize's own machinery (the same
as the "Translate this page" button): the translation is linked to its English
source, shows in the translation editor, and the words below are imported as
that translation's PO file. A page already translated is left alone, so an
editor's changes survive running the command again.

Text is matched on the English wording; if an editor changes the English, the
changed part stays in English in the demo translation until someone translates
it in the editor.
"""

import polib
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object

from hub.i18n.setup import reviewer_group_name, setup_languages

LANGUAGE_ORDER = ("pl", "bn", "ar")
REVIEWER_USERNAME = "reviewer-pl"

# Path below the home page ("" is the home page) → (English, Polish, Bengali, Arabic).
PAGES = {
    "": [
        (
            "Get involved with Riverside",
            "Zaangażuj się w Riverside",
            "রিভারসাইডের সাথে যুক্ত হোন",
            "شارك مع ريفرسايد",
        ),
        (
            "Help shape the mental health services you use",
            "Pomóż kształtować usługi zdrowia psychicznego, z których korzystasz",
            "আপনি যে মানসিক স্বাস্থ্য সেবা ব্যবহার করেন, তা গড়ে তুলতে সাহায্য করুন",
            "ساعد في تشكيل خدمات الصحة النفسية التي تستخدمها",
        ),
        (
            "Find a role, share your story or come to an event. People who use our services and their carers are welcome here.",
            "Znajdź rolę, podziel się swoją historią lub przyjdź na wydarzenie. Osoby korzystające z naszych usług i ich opiekunowie są tu mile widziani.",
            "একটি ভূমিকা খুঁজুন, আপনার গল্প বলুন বা একটি অনুষ্ঠানে আসুন। আমাদের সেবা ব্যবহারকারী মানুষ এবং তাদের পরিচর্যাকারীদের এখানে স্বাগত।",
            "ابحث عن دور، أو شارك قصتك، أو احضر فعالية. نرحب هنا بالأشخاص الذين يستخدمون خدماتنا وبمقدمي الرعاية لهم.",
        ),
        (
            "<b>Co-production</b> means that people who use our services, their carers and our staff plan, run and check services together, as equals. Nothing about you should be decided without you.",
            "<b>Współtworzenie</b> oznacza, że osoby korzystające z naszych usług, ich opiekunowie i nasz personel wspólnie, na równych prawach, planują, prowadzą i oceniają usługi. Nic, co Ciebie dotyczy, nie powinno być postanowione bez Ciebie.",
            "<b>সহ-উৎপাদন</b> মানে হলো, আমাদের সেবা ব্যবহারকারী মানুষ, তাদের পরিচর্যাকারী এবং আমাদের কর্মীরা সমান অংশীদার হিসেবে একসাথে সেবা পরিকল্পনা, পরিচালনা ও যাচাই করেন। আপনার বিষয়ে কোনো সিদ্ধান্ত আপনাকে ছাড়া নেওয়া উচিত নয়।",
            "<b>الإنتاج المشترك</b> يعني أن الأشخاص الذين يستخدمون خدماتنا ومقدمي الرعاية لهم وموظفينا يخططون للخدمات ويديرونها ويراجعونها معًا، على قدم المساواة. لا ينبغي أن يُقرَّر أي شيء يخصك من دونك.",
        ),
        ("Ways to take part", "Sposoby udziału", "অংশ নেওয়ার উপায়", "طرق المشاركة"),
        (
            "You can give an hour, join a group, or take a paid role. You do not need experience of committees or meetings. We will support you and pay or cover costs where we can.",
            "Możesz poświęcić godzinę, dołączyć do grupy lub podjąć płatną rolę. Nie potrzebujesz doświadczenia w komitetach ani na spotkaniach. Wesprzemy Cię, a tam, gdzie to możliwe, zapłacimy lub pokryjemy koszty.",
            "আপনি এক ঘণ্টা সময় দিতে পারেন, একটি দলে যোগ দিতে পারেন, বা একটি বেতনভুক্ত ভূমিকা নিতে পারেন। কমিটি বা সভার অভিজ্ঞতা লাগবে না। আমরা আপনাকে সহায়তা করব এবং যেখানে সম্ভব অর্থ দেব বা খরচ বহন করব।",
            "يمكنك أن تمنح ساعة من وقتك، أو تنضم إلى مجموعة، أو تتولى دورًا مدفوع الأجر. لا تحتاج إلى خبرة في اللجان أو الاجتماعات. سندعمك وسندفع لك أو نغطي التكاليف حيثما أمكن.",
        ),
    ],
    "accessibility-statement": [
        ("Accessibility statement", "Deklaracja dostępności", "প্রবেশযোগ্যতা বিবৃতি", "بيان إمكانية الوصول"),
        (
            "How accessible this website is, how we test it, and how to ask for help or report a problem.",
            "Jak dostępna jest ta strona, jak ją testujemy i jak poprosić o pomoc lub zgłosić problem.",
            "এই ওয়েবসাইট কতটা প্রবেশযোগ্য, আমরা কীভাবে এটি পরীক্ষা করি, এবং কীভাবে সাহায্য চাইবেন বা কোনো সমস্যা জানাবেন।",
            "مدى سهولة استخدام هذا الموقع للجميع، وكيف نختبره، وكيف تطلب المساعدة أو تبلغ عن مشكلة.",
        ),
        (
            "This website is run by Riverside Mental Health NHS Foundation Trust. We want as many people as possible to be able to use it. For example, you should be able to:",
            "Tę stronę prowadzi Riverside Mental Health NHS Foundation Trust. Chcemy, aby mogło z niej korzystać jak najwięcej osób. Na przykład powinno być możliwe:",
            "এই ওয়েবসাইটটি পরিচালনা করে Riverside Mental Health NHS Foundation Trust। আমরা চাই যত বেশি সম্ভব মানুষ এটি ব্যবহার করতে পারুক। যেমন, আপনার এগুলো করতে পারা উচিত:",
            "يدير هذا الموقع Riverside Mental Health NHS Foundation Trust. نريد أن يتمكن أكبر عدد ممكن من الناس من استخدامه. على سبيل المثال، يجب أن تتمكن من:",
        ),
        (
            "change colours, contrast levels and fonts using the text size and contrast controls at the top of every page or your browser settings",
            "zmiana kolorów, kontrastu i czcionek za pomocą przycisków rozmiaru tekstu i kontrastu u góry każdej strony lub w ustawieniach przeglądarki",
            "প্রতিটি পৃষ্ঠার উপরের লেখার আকার ও কনট্রাস্ট নিয়ন্ত্রণ বা আপনার ব্রাউজারের সেটিংস দিয়ে রং, কনট্রাস্ট এবং ফন্ট বদলানো",
            "تغيير الألوان ومستويات التباين والخطوط باستخدام أدوات حجم النص والتباين في أعلى كل صفحة أو من إعدادات متصفحك",
        ),
        (
            "zoom in up to 400% without the text spilling off the screen",
            "powiększenie do 400% bez wychodzenia tekstu poza ekran",
            "লেখা স্ক্রিনের বাইরে না গিয়ে ৪০০% পর্যন্ত বড় করে দেখা",
            "التكبير حتى 400% دون أن يخرج النص عن الشاشة",
        ),
        (
            "get around the website using just a keyboard",
            "poruszanie się po stronie tylko za pomocą klawiatury",
            "শুধু কিবোর্ড ব্যবহার করে ওয়েবসাইটে চলাফেরা করা",
            "التنقل في الموقع باستخدام لوحة المفاتيح فقط",
        ),
        (
            "get around the website using speech recognition software",
            "poruszanie się po stronie za pomocą oprogramowania do rozpoznawania mowy",
            "কণ্ঠস্বর শনাক্তকরণ সফটওয়্যার দিয়ে ওয়েবসাইটে চলাফেরা করা",
            "التنقل في الموقع باستخدام برامج التعرف على الكلام",
        ),
        (
            "listen to the website using a screen reader",
            "słuchanie strony za pomocą czytnika ekranu",
            "স্ক্রিন রিডার দিয়ে ওয়েবসাইটটি শোনা",
            "الاستماع إلى الموقع باستخدام قارئ الشاشة",
        ),
        (
            "We have also made the text as simple as possible to understand.",
            "Staraliśmy się też, aby tekst był jak najłatwiejszy do zrozumienia.",
            "আমরা লেখাগুলোও যতটা সম্ভব সহজবোধ্য করেছি।",
            "كما جعلنا النص بسيطًا وسهل الفهم قدر الإمكان.",
        ),
        (
            "How accessible this website is",
            "Jak dostępna jest ta strona",
            "এই ওয়েবসাইট কতটা প্রবেশযোগ্য",
            "مدى إمكانية الوصول إلى هذا الموقع",
        ),
        (
            "We believe this website meets the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Some older documents, such as PDF reports, may not be fully accessible.",
            "Uważamy, że ta strona spełnia wytyczne WCAG (Web Content Accessibility Guidelines) w wersji 2.2 na poziomie AA. Niektóre starsze dokumenty, na przykład raporty PDF, mogą nie być w pełni dostępne.",
            "আমরা মনে করি এই ওয়েবসাইটটি ওয়েব কনটেন্ট অ্যাক্সেসিবিলিটি গাইডলাইনস (WCAG) সংস্করণ ২.২-এর AA স্তর পূরণ করে। পিডিএফ প্রতিবেদনের মতো কিছু পুরোনো নথি পুরোপুরি প্রবেশযোগ্য নাও হতে পারে।",
            "نعتقد أن هذا الموقع يفي بإرشادات إمكانية الوصول إلى محتوى الويب (WCAG) الإصدار 2.2 على المستوى AA. قد لا تكون بعض المستندات القديمة، مثل تقارير PDF، سهلة الوصول بالكامل.",
        ),
        (
            "Feedback and contact information",
            "Opinie i dane kontaktowe",
            "মতামত ও যোগাযোগের তথ্য",
            "الملاحظات ومعلومات الاتصال",
        ),
        (
            "If you need information on this website in a different format, such as accessible PDF, large print, easy read, audio recording or braille, email accessibility@riverside.example or call 0300 123 4567. We will reply within 5 working days.",
            "Jeśli potrzebujesz informacji z tej strony w innym formacie, na przykład jako dostępny PDF, dużym drukiem, w tekście łatwym do czytania, jako nagranie dźwiękowe lub w alfabecie Braille'a, napisz na accessibility@riverside.example lub zadzwoń pod numer 0300 123 4567. Odpowiemy w ciągu 5 dni roboczych.",
            "এই ওয়েবসাইটের তথ্য অন্য কোনো রূপে দরকার হলে, যেমন প্রবেশযোগ্য পিডিএফ, বড় ছাপা, সহজপাঠ্য, অডিও রেকর্ডিং বা ব্রেইল, তাহলে accessibility@riverside.example ঠিকানায় ইমেল করুন বা 0300 123 4567 নম্বরে ফোন করুন। আমরা ৫ কর্মদিবসের মধ্যে উত্তর দেব।",
            "إذا كنت تحتاج إلى معلومات هذا الموقع بصيغة أخرى، مثل ملف PDF سهل الوصول أو طباعة كبيرة أو لغة مبسطة أو تسجيل صوتي أو طريقة برايل، فراسلنا على accessibility@riverside.example أو اتصل بالرقم 0300 123 4567. سنرد خلال 5 أيام عمل.",
        ),
        (
            "Reporting accessibility problems with this website",
            "Zgłaszanie problemów z dostępnością tej strony",
            "এই ওয়েবসাইটের প্রবেশযোগ্যতার সমস্যা জানানো",
            "الإبلاغ عن مشكلات إمكانية الوصول في هذا الموقع",
        ),
        (
            "We are always looking to improve the accessibility of this website. If you find any problems not listed on this page or think we are not meeting accessibility requirements, email accessibility@riverside.example.",
            "Stale staramy się poprawiać dostępność tej strony. Jeśli znajdziesz problem, którego nie wymieniono na tej stronie, albo uważasz, że nie spełniamy wymagań dostępności, napisz na accessibility@riverside.example.",
            "আমরা সবসময় এই ওয়েবসাইটের প্রবেশযোগ্যতা উন্নত করার চেষ্টা করি। এই পৃষ্ঠায় উল্লেখ নেই এমন কোনো সমস্যা পেলে, বা আপনার মনে হলে যে আমরা প্রবেশযোগ্যতার শর্ত পূরণ করছি না, তাহলে accessibility@riverside.example ঠিকানায় ইমেল করুন।",
            "نسعى دائمًا إلى تحسين إمكانية الوصول إلى هذا الموقع. إذا وجدت أي مشكلة غير مذكورة في هذه الصفحة أو رأيت أننا لا نلبي متطلبات إمكانية الوصول، فراسلنا على accessibility@riverside.example.",
        ),
        ("Enforcement procedure", "Procedura egzekwowania przepisów", "প্রয়োগ পদ্ধতি", "إجراءات الإنفاذ"),
        (
            "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).",
            "Za egzekwowanie przepisów Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 odpowiada Komisja ds. Równości i Praw Człowieka (EHRC). Jeśli nie odpowiada Ci sposób, w jaki odpowiedzieliśmy na Twoją skargę, skontaktuj się z Equality Advisory and Support Service (EASS).",
            "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 প্রয়োগের দায়িত্ব ইকুয়ালিটি অ্যান্ড হিউম্যান রাইটস কমিশনের (EHRC)। আপনার অভিযোগের বিষয়ে আমাদের উত্তরে আপনি সন্তুষ্ট না হলে ইকুয়ালিটি অ্যাডভাইজরি অ্যান্ড সাপোর্ট সার্ভিসের (EASS) সাথে যোগাযোগ করুন।",
            "لجنة المساواة وحقوق الإنسان (EHRC) هي المسؤولة عن إنفاذ لوائح Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. إذا لم تكن راضيًا عن ردنا على شكواك، فتواصل مع خدمة الاستشارات والدعم في مجال المساواة (EASS).",
        ),
        (
            "How we tested this website",
            "Jak testowaliśmy tę stronę",
            "আমরা কীভাবে এই ওয়েবসাইট পরীক্ষা করেছি",
            "كيف اختبرنا هذا الموقع",
        ),
        (
            "Every change to this website is checked automatically in a real browser with the axe accessibility engine, in every contrast mode and at the largest text size, and its HTML is validated. People also test it with a keyboard and a screen reader before major releases.",
            "Każda zmiana na tej stronie jest automatycznie sprawdzana w prawdziwej przeglądarce narzędziem axe, w każdym trybie kontrastu i przy największym rozmiarze tekstu, a jej kod HTML jest walidowany. Przed większymi zmianami ludzie testują ją też za pomocą klawiatury i czytnika ekranu.",
            "এই ওয়েবসাইটের প্রতিটি পরিবর্তন একটি আসল ব্রাউজারে axe প্রবেশযোগ্যতা টুল দিয়ে স্বয়ংক্রিয়ভাবে পরীক্ষা করা হয়, প্রতিটি কনট্রাস্ট মোডে এবং সবচেয়ে বড় লেখার আকারে, এবং এর HTML যাচাই করা হয়। বড় পরিবর্তনের আগে মানুষও কিবোর্ড ও স্ক্রিন রিডার দিয়ে এটি পরীক্ষা করেন।",
            "يُفحص كل تغيير في هذا الموقع تلقائيًا في متصفح حقيقي باستخدام أداة axe لإمكانية الوصول، في كل أوضاع التباين وبأكبر حجم للنص، ويُتحقق من صحة شفرة HTML. كما يختبره أشخاص باستخدام لوحة المفاتيح وقارئ الشاشة قبل التحديثات الكبيرة.",
        ),
        (
            "Preparation of this accessibility statement",
            "Przygotowanie tej deklaracji dostępności",
            "এই প্রবেশযোগ্যতা বিবৃতি প্রস্তুত করা",
            "إعداد بيان إمكانية الوصول هذا",
        ),
        (
            "This statement was prepared on 22 November 2026. It will be reviewed every year.",
            "Deklarację przygotowano 22 listopada 2026 r. Będzie sprawdzana co roku.",
            "এই বিবৃতিটি ২২ নভেম্বর ২০২৬ তারিখে প্রস্তুত করা হয়েছে। এটি প্রতি বছর পর্যালোচনা করা হবে।",
            "أُعد هذا البيان في 22 نوفمبر 2026. وستتم مراجعته كل عام.",
        ),
    ],
}


def words_for(language_code, rows):
    """English text → its translation into one language, from a page's rows."""
    column = 1 + LANGUAGE_ORDER.index(language_code)
    return {row[0]: row[column] for row in rows}


def fill_po(po, words):
    """Fill a translation's PO file with the words we have; slugs stay English so URLs stay readable."""
    filled = polib.POFile()
    filled.metadata = po.metadata
    for entry in po:
        if entry.msgctxt != "slug" and entry.msgid in words:
            entry.msgstr = words[entry.msgid]
            filled.append(entry)
    return filled


def translate_page(page, locale, words):
    """Translate ``page`` into ``locale`` once, through wagtail-localize, and publish it."""
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source and Translation.objects.filter(source=source, target_locale=locale).exists():
        return
    translate_object(page, [locale])
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)
    translation.import_po(fill_po(translation.export_po(), words))
    translation.save_target(publish=True)


def find_page(home, path):
    page = home
    for slug in filter(None, path.split("/")):
        page = page.get_children().filter(slug=slug).first()
        if page is None:
            return None
    return page.specific


def reviewer_account():
    """A demo reviewer who may translate and review Polish pages only.

    It has no password, so nobody can log in with it until someone runs
    ``manage.py changepassword reviewer-pl``.
    """
    user_model = get_user_model()
    if user_model.objects.filter(username=REVIEWER_USERNAME).exists():
        return
    user = user_model.objects.create_user(
        REVIEWER_USERNAME, "reviewer-pl@riverside.example", None, first_name="Polish", last_name="Reviewer"
    )
    user.groups.add(Group.objects.get(name=reviewer_group_name("pl")))


def build(home):
    locales = setup_languages()
    for path, rows in PAGES.items():
        page = find_page(home, path)
        if page is None:
            continue
        for locale in locales:
            if locale.language_code in LANGUAGE_ORDER:
                translate_page(page, locale, words_for(locale.language_code, rows))
    if "pl" in dict(settings.LANGUAGES):
        reviewer_account()
