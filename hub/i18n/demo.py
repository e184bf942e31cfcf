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
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from hub.i18n.setup import reviewer_group_name, setup_languages
from hub.models import Menu

LANGUAGE_ORDER = ("pl", "bn", "ar")
REVIEWER_USERNAME = "reviewer-pl"

# (English, Polish, Bengali, Arabic), page by page. Snippets the pages use
# (areas, categories, authors) are translated with them.
HOME = [
    # The main image's alt text is the page's words too (``hub.models.MainImageAltText``).
    (
        "An illustration of blue and white circles joining together above gentle waves.",
        "Ilustracja: niebieskie i białe koła łączą się nad łagodnymi falami.",
        "মৃদু ঢেউয়ের ওপরে নীল ও সাদা বৃত্ত একসাথে মিলছে, এমন একটি ছবি।",
        "رسم توضيحي لدوائر زرقاء وبيضاء تلتقي معًا فوق أمواج هادئة.",
    ),
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
]
STATEMENT = [
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
        "এই ওয়েবসাইটের তথ্য অন্য কোনো রূপে দরকার হলে, যেমন প্রবেশযোগ্য পিডিএফ, বড় ছাপা, সহজপাঠ্য, অডিও রেকর্ডিং বা ব্রেইল, তাহলে accessibility@riverside.example ঠিকানায় ইমেল করুন বা \u20660300 123 4567\u2069 নম্বরে ফোন করুন। আমরা ৫ কর্মদিবসের মধ্যে উত্তর দেব।",
        "إذا كنت تحتاج إلى معلومات هذا الموقع بصيغة أخرى، مثل ملف PDF سهل الوصول أو طباعة كبيرة أو لغة مبسطة أو تسجيل صوتي أو طريقة برايل، فراسلنا على accessibility@riverside.example أو اتصل بالرقم \u20660300 123 4567\u2069. سنرد خلال 5 أيام عمل.",
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
]
GET_INVOLVED = [
    ("Get involved", "Zaangażuj się", "যুক্ত হোন", "شارك معنا"),
    (
        "Ways to help shape our services: from a one-off conversation to a paid job. Choose what fits your life.",
        "Sposoby, by pomóc kształtować nasze usługi: od jednej rozmowy po płatną pracę. Wybierz to, co pasuje do Twojego życia.",
        "আমাদের সেবা গড়ে তুলতে সাহায্য করার নানা উপায়: একবারের আলাপ থেকে বেতনভুক্ত কাজ পর্যন্ত। আপনার জীবনের সাথে যা মানায়, তা বেছে নিন।",
        "طرق للمساعدة في تشكيل خدماتنا: من محادثة واحدة إلى وظيفة مدفوعة الأجر. اختر ما يناسب حياتك.",
    ),
    (
        "Not every role gives you the same say. We use the <b>ladder of co-production</b> to be honest about it.",
        "Nie każda rola daje taki sam wpływ. Używamy <b>drabiny współtworzenia</b>, aby mówić o tym uczciwie.",
        "সব ভূমিকায় সমান মত দেওয়ার সুযোগ থাকে না। এ বিষয়ে সৎ থাকতে আমরা <b>সহ-উৎপাদনের সিঁড়ি</b> ব্যবহার করি।",
        "لا يمنحك كل دور القدر نفسه من التأثير. نستخدم <b>سُلَّم الإنتاج المشترك</b> لنكون صادقين في ذلك.",
    ),
    (
        "<b>Informing</b>: we tell you what is happening and answer your questions.",
        "<b>Informowanie</b>: mówimy, co się dzieje, i odpowiadamy na Twoje pytania.",
        "<b>জানানো</b>: কী হচ্ছে তা আমরা আপনাকে জানাই এবং আপনার প্রশ্নের উত্তর দিই।",
        "<b>الإعلام</b>: نخبرك بما يجري ونجيب عن أسئلتك.",
    ),
    (
        "<b>Consulting</b>: we ask what you think before we decide, and tell you what we did with it.",
        "<b>Konsultowanie</b>: pytamy o Twoje zdanie, zanim zdecydujemy, i mówimy, co z nim zrobiliśmy.",
        "<b>পরামর্শ</b>: সিদ্ধান্ত নেওয়ার আগে আমরা আপনার মত জানতে চাই, এবং তা নিয়ে কী করেছি তা জানাই।",
        "<b>الاستشارة</b>: نسألك عن رأيك قبل أن نقرر، ونخبرك بما فعلناه به.",
    ),
    (
        "<b>Engaging</b>: you take part regularly and your views shape the work.",
        "<b>Zaangażowanie</b>: regularnie bierzesz udział, a Twoje zdanie kształtuje pracę.",
        "<b>সম্পৃক্ততা</b>: আপনি নিয়মিত অংশ নেন এবং আপনার মত কাজকে রূপ দেয়।",
        "<b>المشاركة</b>: تشارك بانتظام وتُسهم آراؤك في تشكيل العمل.",
    ),
    (
        "<b>Co-design</b>: you help design something from the start, as an equal.",
        "<b>Współprojektowanie</b>: od początku pomagasz coś zaprojektować, na równych prawach.",
        "<b>সহ-নকশা</b>: আপনি শুরু থেকেই সমান অংশীদার হিসেবে কিছু নকশা করতে সাহায্য করেন।",
        "<b>التصميم المشترك</b>: تساعد في تصميم شيء منذ البداية، على قدم المساواة.",
    ),
    (
        "<b>Co-production</b>: you share the power to plan, run and check a service with staff.",
        "<b>Współtworzenie</b>: razem z personelem masz wpływ na planowanie, prowadzenie i ocenę usługi.",
        "<b>সহ-উৎপাদন</b>: কর্মীদের সাথে আপনি একটি সেবা পরিকল্পনা, পরিচালনা ও যাচাইয়ের ক্ষমতা ভাগ করে নেন।",
        "<b>الإنتاج المشترك</b>: تتقاسم مع الموظفين سلطة التخطيط للخدمة وإدارتها ومراجعتها.",
    ),
    (
        "Each role tells you which rung it is on. The higher the rung, the more power you share.",
        "Każda rola mówi, na którym szczeblu się znajduje. Im wyższy szczebel, tym więcej wpływu.",
        "প্রতিটি ভূমিকা জানায় সেটি কোন ধাপে আছে। ধাপ যত উঁচু, আপনার ক্ষমতাও তত বেশি।",
        "يخبرك كل دور بالدرجة التي يقع عليها. كلما ارتفعت الدرجة، زادت السلطة التي تتقاسمها.",
    ),
    (
        "Not found the right role? Tell us a little about yourself and we will get in touch when something suits you.",
        "Nie ma odpowiedniej roli? Napisz nam kilka słów o sobie, a odezwiemy się, gdy pojawi się coś dla Ciebie.",
        "ঠিক ভূমিকাটি পাননি? নিজের সম্পর্কে একটু জানান, আপনার উপযুক্ত কিছু এলে আমরা যোগাযোগ করব।",
        "لم تجد الدور المناسب؟ أخبرنا قليلًا عن نفسك، وسنتواصل معك عندما يتوفر ما يناسبك.",
    ),
]
AREAS = [
    ("Community services", "Usługi środowiskowe", "কমিউনিটি সেবা", "الخدمات المجتمعية"),
    ("Inpatient wards", "Oddziały szpitalne", "হাসপাতালের ওয়ার্ড", "أجنحة المرضى المقيمين"),
    ("Young people's services", "Usługi dla młodych ludzi", "তরুণদের সেবা", "خدمات الشباب"),
    ("Education and training", "Edukacja i szkolenia", "শিক্ষা ও প্রশিক্ষণ", "التعليم والتدريب"),
    ("Equality and inclusion", "Równość i włączenie", "সমতা ও অন্তর্ভুক্তি", "المساواة والشمول"),
    ("Safety and quality", "Bezpieczeństwo i jakość", "নিরাপত্তা ও মান", "السلامة والجودة"),
]
TEAMS = [
    ("Volunteering team", "Zespół wolontariatu", "স্বেচ্ছাসেবা দল", "فريق التطوع"),
    ("Involvement team", "Zespół ds. zaangażowania", "সম্পৃক্ততা দল", "فريق المشاركة"),
]
PEER_MENTOR = [
    ("Peer mentor", "Mentor rówieśniczy", "পিয়ার মেন্টর", "مرشد الأقران"),
    (
        "Meet someone who is leaving hospital or starting with a community team, and share what helped you.",
        "Spotykaj się z osobą, która wychodzi ze szpitala lub zaczyna korzystać z zespołu środowiskowego, i dziel się tym, co pomogło Tobie.",
        "হাসপাতাল থেকে ফিরছেন বা কমিউনিটি দলের সেবা শুরু করছেন এমন কারও সাথে দেখা করুন, এবং আপনাকে কী সাহায্য করেছিল তা জানান।",
        "التقِ بشخص يغادر المستشفى أو يبدأ مع فريق مجتمعي، وشاركه ما ساعدك.",
    ),
    (
        "About two hours a week, at a time you agree with the person you mentor, for up to six months.",
        "Około dwóch godzin tygodniowo, w terminie uzgodnionym z osobą, którą wspierasz, przez maksymalnie sześć miesięcy.",
        "সপ্তাহে প্রায় দুই ঘণ্টা, যাঁকে সহায়তা করছেন তাঁর সাথে ঠিক করা সময়ে, ছয় মাস পর্যন্ত।",
        "نحو ساعتين في الأسبوع، في وقت تتفق عليه مع الشخص الذي ترشده، لمدة تصل إلى ستة أشهر.",
    ),
    (
        "Cafés, libraries and community centres across Riverside",
        "Kawiarnie, biblioteki i domy kultury w całym Riverside",
        "রিভারসাইড জুড়ে ক্যাফে, লাইব্রেরি ও কমিউনিটি সেন্টার",
        "مقاهٍ ومكتبات ومراكز مجتمعية في أنحاء ريفرسايد",
    ),
    (
        "Meet one person at a time, somewhere they feel comfortable",
        "Spotykasz się z jedną osobą naraz, w miejscu, w którym czuje się swobodnie",
        "একবারে একজনের সাথে, তাঁর স্বস্তির কোনো জায়গায় দেখা করা",
        "تلتقي بشخص واحد في كل مرة، في مكان يشعر فيه بالراحة",
    ),
    (
        "Listen, and share your own experience when it helps",
        "Słuchasz i dzielisz się własnym doświadczeniem, gdy to pomaga",
        "মন দিয়ে শোনা, এবং কাজে লাগলে নিজের অভিজ্ঞতা জানানো",
        "تستمع، وتشارك تجربتك الخاصة عندما يفيد ذلك",
    ),
    (
        "Help them find groups, courses and support near them",
        "Pomagasz znaleźć grupy, kursy i wsparcie w okolicy",
        "কাছাকাছি দল, কোর্স ও সহায়তা খুঁজে পেতে সাহায্য করা",
        "تساعده في العثور على مجموعات ودورات ودعم قريب منه",
    ),
    (
        "We pay your travel and a drink when you meet",
        "Pokrywamy koszty dojazdu i napoju podczas spotkania",
        "আমরা আপনার যাতায়াত খরচ এবং দেখা করার সময় একটি পানীয়র খরচ দিই",
        "ندفع تكاليف تنقلك ومشروبًا عند اللقاء",
    ),
    (
        "Four short training sessions before you start, a named supervisor, and a monthly get-together with other mentors.",
        "Cztery krótkie szkolenia przed rozpoczęciem, stały opiekun i comiesięczne spotkanie z innymi mentorami.",
        "শুরুর আগে চারটি ছোট প্রশিক্ষণ, একজন নির্দিষ্ট তত্ত্বাবধায়ক, এবং অন্য মেন্টরদের সাথে মাসিক আড্ডা।",
        "أربع جلسات تدريب قصيرة قبل أن تبدأ، ومشرف محدد، ولقاء شهري مع مرشدين آخرين.",
    ),
    (
        "People with their own experience of mental ill health who feel ready to support someone else. You do not need any qualifications.",
        "Osobom z własnym doświadczeniem problemów ze zdrowiem psychicznym, które czują się gotowe wspierać kogoś innego. Nie potrzebujesz żadnych kwalifikacji.",
        "যাঁদের নিজের মানসিক অসুস্থতার অভিজ্ঞতা আছে এবং যাঁরা অন্য কাউকে সহায়তা করতে প্রস্তুত। কোনো যোগ্যতার দরকার নেই।",
        "الأشخاص الذين لديهم تجربة شخصية مع اعتلال الصحة النفسية ويشعرون بأنهم مستعدون لدعم شخص آخر. لا تحتاج إلى أي مؤهلات.",
    ),
    (
        "because you meet people on your own. We pay for it",
        "ponieważ spotykasz się z ludźmi sam na sam. Płacimy za to",
        "কারণ আপনি একা মানুষের সাথে দেখা করবেন। এর খরচ আমরা দিই",
        "لأنك تلتقي بالناس بمفردك. نحن ندفع تكلفته",
    ),
    (
        "You can start with one meeting a fortnight and take a break whenever you need one.",
        "Możesz zacząć od jednego spotkania na dwa tygodnie i robić przerwę, kiedy tylko potrzebujesz.",
        "আপনি দুই সপ্তাহে একটি সাক্ষাৎ দিয়ে শুরু করতে পারেন এবং যখন দরকার বিরতি নিতে পারেন।",
        "يمكنك أن تبدأ بلقاء واحد كل أسبوعين، وأن تأخذ استراحة متى احتجت إليها.",
    ),
]
SAFETY_PARTNER = [
    ("Patient Safety Partner", "Partner ds. bezpieczeństwa pacjentów", "রোগী নিরাপত্তা অংশীদার", "شريك سلامة المرضى"),
    (
        "Bring the view of patients and carers to the groups that look into what went wrong and how to make care safer.",
        "Przedstawiaj punkt widzenia pacjentów i opiekunów w zespołach, które badają, co poszło nie tak i jak uczynić opiekę bezpieczniejszą.",
        "যে দলগুলো কী ভুল হয়েছে এবং কীভাবে সেবা আরও নিরাপদ করা যায় তা খতিয়ে দেখে, সেখানে রোগী ও পরিচর্যাকারীদের দৃষ্টিভঙ্গি তুলে ধরুন।",
        "انقل وجهة نظر المرضى ومقدمي الرعاية إلى المجموعات التي تبحث فيما حدث من أخطاء وكيف نجعل الرعاية أكثر أمانًا.",
    ),
    (
        "About eight hours a month: two meetings and some reading.",
        "Około ośmiu godzin miesięcznie: dwa spotkania i trochę czytania.",
        "মাসে প্রায় আট ঘণ্টা: দুটি সভা এবং কিছু পড়াশোনা।",
        "نحو ثماني ساعات في الشهر: اجتماعان وبعض القراءة.",
    ),
    (
        "Riverside House, or join meetings online",
        "Riverside House lub udział w spotkaniach online",
        "রিভারসাইড হাউস, অথবা অনলাইনে সভায় যোগ দিন",
        "مبنى ريفرسايد هاوس، أو الانضمام إلى الاجتماعات عبر الإنترنت",
    ),
    (
        "Sit on the patient safety group as an equal member",
        "Zasiadasz w zespole ds. bezpieczeństwa pacjentów jako równoprawny członek",
        "সমান সদস্য হিসেবে রোগী নিরাপত্তা দলে থাকা",
        "تكون عضوًا في مجموعة سلامة المرضى على قدم المساواة",
    ),
    (
        "Help review incidents and the changes that follow",
        "Pomagasz analizować zdarzenia i wprowadzane po nich zmiany",
        "ঘটনা এবং তার পরের পরিবর্তনগুলো পর্যালোচনায় সাহায্য করা",
        "تساعد في مراجعة الحوادث والتغييرات التي تليها",
    ),
    (
        "Check that what we learn reaches wards and teams",
        "Sprawdzasz, czy wnioski docierają do oddziałów i zespołów",
        "আমরা যা শিখি তা ওয়ার্ড ও দলগুলোর কাছে পৌঁছায় কি না দেখা",
        "تتأكد من أن ما نتعلمه يصل إلى الأجنحة والفرق",
    ),
    (
        "Paid for meetings and preparation time, plus travel",
        "Wynagrodzenie za spotkania i czas na przygotowanie oraz zwrot kosztów dojazdu",
        "সভা ও প্রস্তুতির সময়ের জন্য পারিশ্রমিক, সাথে যাতায়াত খরচ",
        "أجر عن الاجتماعات ووقت التحضير، إضافة إلى تكاليف التنقل",
    ),
    (
        "National patient safety training, a mentor who has done the role, and a debrief after difficult meetings.",
        "Krajowe szkolenie z bezpieczeństwa pacjentów, mentor, który pełnił tę rolę, i rozmowa podsumowująca po trudnych spotkaniach.",
        "জাতীয় রোগী নিরাপত্তা প্রশিক্ষণ, এই ভূমিকায় কাজ করেছেন এমন একজন মেন্টর, এবং কঠিন সভার পরে আলোচনা।",
        "تدريب وطني على سلامة المرضى، ومرشد سبق أن أدى هذا الدور، وجلسة مراجعة بعد الاجتماعات الصعبة.",
    ),
    (
        "People who have used our services, or cared for someone who has, and want to make care safer for others.",
        "Osobom, które korzystały z naszych usług lub opiekowały się kimś, kto z nich korzystał, i chcą, by opieka była bezpieczniejsza dla innych.",
        "যাঁরা আমাদের সেবা ব্যবহার করেছেন, বা এমন কারও যত্ন নিয়েছেন, এবং অন্যদের জন্য সেবা আরও নিরাপদ করতে চান।",
        "الأشخاص الذين استخدموا خدماتنا، أو اعتنوا بمن استخدمها، ويريدون جعل الرعاية أكثر أمانًا للآخرين.",
    ),
    (
        "Papers a week ahead, in large print if you like, and breaks in every meeting.",
        "Materiały tydzień wcześniej, na życzenie dużym drukiem, i przerwy na każdym spotkaniu.",
        "এক সপ্তাহ আগে কাগজপত্র, চাইলে বড় ছাপায়, এবং প্রতিটি সভায় বিরতি।",
        "الأوراق قبل أسبوع، بخط كبير إن أردت، واستراحات في كل اجتماع.",
    ),
]
NEWS = [
    ("News and stories", "Aktualności i historie", "খবর ও গল্প", "الأخبار والقصص"),
    (
        "What people who use our services, carers and staff have been doing together: event write-ups, stories, reports and what is coming up next.",
        "Co wspólnie robią osoby korzystające z naszych usług, opiekunowie i personel: relacje z wydarzeń, historie, raporty i zapowiedzi.",
        "আমাদের সেবা ব্যবহারকারী, পরিচর্যাকারী ও কর্মীরা একসাথে কী করছেন: অনুষ্ঠানের বিবরণ, গল্প, প্রতিবেদন এবং সামনে কী আসছে।",
        "ما يفعله معًا الأشخاص الذين يستخدمون خدماتنا ومقدمو الرعاية والموظفون: تقارير عن الفعاليات وقصص وتقارير وما هو قادم.",
    ),
]
NEWS_POST = [
    # The main image's alt text is the page's words too (``hub.models.MainImageAltText``).
    (
        "An illustration of white circles gathered around a centre, like people listening to a story.",
        "Ilustracja: białe koła zebrane wokół środka, jak ludzie słuchający opowieści.",
        "কেন্দ্রের চারপাশে জড়ো হওয়া সাদা বৃত্তের একটি ছবি, যেন মানুষ একটি গল্প শুনছে।",
        "رسم توضيحي لدوائر بيضاء مجتمعة حول المركز، كأنها أشخاص يستمعون إلى قصة.",
    ),
    (
        "Your stories are now heard at every board meeting",
        "Wasze historie są teraz wysłuchiwane na każdym posiedzeniu zarządu",
        "আপনাদের গল্প এখন বোর্ডের প্রতিটি সভায় শোনা হয়",
        "قصصكم تُسمع الآن في كل اجتماع لمجلس الإدارة",
    ),
    (
        "Every meeting of our board now starts with a story from a patient or carer, told in their own words and followed up at the next meeting.",
        "Każde posiedzenie naszego zarządu zaczyna się teraz od historii pacjenta lub opiekuna, opowiedzianej własnymi słowami, a na kolejnym posiedzeniu zarząd mówi, co z nią zrobił.",
        "আমাদের বোর্ডের প্রতিটি সভা এখন একজন রোগী বা পরিচর্যাকারীর নিজের ভাষায় বলা একটি গল্প দিয়ে শুরু হয়, এবং পরের সভায় তার অগ্রগতি জানানো হয়।",
        "يبدأ كل اجتماع لمجلس إدارتنا الآن بقصة من مريض أو مقدم رعاية، يرويها بكلماته، وتجري متابعتها في الاجتماع التالي.",
    ),
    (
        "Since January, each board meeting has opened with a story from the Patient and Carer Stories project. Some are told in person, some on film and some read out by a volunteer, as the storyteller chooses.",
        "Od stycznia każde posiedzenie zarządu otwiera historia z projektu Patient and Carer Stories. Niektóre są opowiadane osobiście, inne na filmie, a jeszcze inne czyta wolontariusz – tak, jak wybierze autor historii.",
        "জানুয়ারি থেকে বোর্ডের প্রতিটি সভা Patient and Carer Stories প্রকল্পের একটি গল্প দিয়ে শুরু হচ্ছে। গল্পকার যেমন চান, কোনোটি সামনাসামনি বলা হয়, কোনোটি ভিডিওতে, আর কোনোটি একজন স্বেচ্ছাসেবক পড়ে শোনান।",
        "منذ يناير، يُفتتح كل اجتماع لمجلس الإدارة بقصة من مشروع Patient and Carer Stories. بعضها يُروى حضوريًا، وبعضها في فيلم، وبعضها يقرؤه متطوع، بحسب ما يختاره صاحب القصة.",
    ),
    (
        "After each story the board agrees what it will do, and reports back at the next meeting. Storytellers are paid for their time and can stop at any point.",
        "Po każdej historii zarząd ustala, co zrobi, i informuje o tym na następnym posiedzeniu. Autorzy historii otrzymują wynagrodzenie za swój czas i mogą przerwać w każdej chwili.",
        "প্রতিটি গল্পের পরে বোর্ড ঠিক করে তারা কী করবে, এবং পরের সভায় তা জানায়। গল্পকারেরা তাঁদের সময়ের জন্য পারিশ্রমিক পান এবং যেকোনো সময় থেমে যেতে পারেন।",
        "بعد كل قصة يتفق المجلس على ما سيفعله، ويقدم تقريرًا عن ذلك في الاجتماع التالي. يتقاضى رواة القصص أجرًا عن وقتهم ويمكنهم التوقف في أي لحظة.",
    ),
    # The picture's alt text and caption are the page's words too (``hub.blocks.FigureBlock``).
    (
        "Board members and a storyteller sitting together in a circle of chairs.",
        "Członkowie zarządu i autor historii siedzą razem w kręgu krzeseł.",
        "বোর্ডের সদস্যরা ও একজন গল্পকার চেয়ারের একটি বৃত্তে একসাথে বসে আছেন।",
        "أعضاء مجلس الإدارة وراوي قصة يجلسون معًا في دائرة من الكراسي.",
    ),
    (
        "The board listens before it talks.",
        "Zarząd najpierw słucha, potem mówi.",
        "বোর্ড কথা বলার আগে শোনে।",
        "المجلس يستمع قبل أن يتكلم.",
    ),
    ("Co-production", "Współtworzenie", "সহ-উৎপাদন", "الإنتاج المشترك"),
    (
        "How service users, carers and staff work as equals.",
        "Jak osoby korzystające z usług, opiekunowie i personel pracują na równych prawach.",
        "সেবা ব্যবহারকারী, পরিচর্যাকারী ও কর্মীরা কীভাবে সমান হিসেবে কাজ করেন।",
        "كيف يعمل مستخدمو الخدمات ومقدمو الرعاية والموظفون على قدم المساواة.",
    ),
    ("Patient experience team", "Zespół ds. doświadczeń pacjentów", "রোগীর অভিজ্ঞতা দল", "فريق تجربة المرضى"),
    ("Patient experience", "Doświadczenia pacjentów", "রোগীর অভিজ্ঞতা", "تجربة المرضى"),
    (
        "Listens to what people say about our services and makes sure it reaches the people who decide.",
        "Słucha, co ludzie mówią o naszych usługach, i dba o to, by docierało to do osób, które podejmują decyzje.",
        "আমাদের সেবা নিয়ে মানুষ যা বলেন তা শোনে, এবং তা যেন সিদ্ধান্তগ্রহীতাদের কাছে পৌঁছায় তা নিশ্চিত করে।",
        "يستمع إلى ما يقوله الناس عن خدماتنا، ويتأكد من أنه يصل إلى أصحاب القرار.",
    ),
]

MENU = [
    ("About co-production", "O współtworzeniu", "সহ-উৎপাদন সম্পর্কে", "عن الإنتاج المشترك"),
]
# Links to the story form (home page, stories post), made by ``hub.stories.demo``.
STORY_LINKS = [
    ("Share your story", "Podziel się swoją historią", "আপনার গল্প বলুন", "شارك قصتك"),
]

# The story form, its questions included (``hub.stories``): the address and the
# subject are for the stories team and stay as they are.
STORY_FORM = [
    (
        "stories@riverside.example",
        "stories@riverside.example",
        "stories@riverside.example",
        "stories@riverside.example",
    ),
    (
        "A new story has been shared",
        "A new story has been shared",
        "A new story has been shared",
        "A new story has been shared",
    ),
    (
        "Your experience of our services, good or bad, can change them. Through our Patient and Carer Stories project, the stories people share are heard by the people who plan and run services.",
        "Twoje doświadczenia z naszymi usługami, dobre czy złe, mogą je zmienić. Dzięki projektowi Patient and Carer Stories historie, którymi dzielą się ludzie, docierają do osób planujących i prowadzących usługi.",
        "আমাদের সেবা নিয়ে আপনার অভিজ্ঞতা, ভালো হোক বা খারাপ, সেবাগুলো বদলে দিতে পারে। আমাদের Patient and Carer Stories প্রকল্পের মাধ্যমে মানুষের বলা গল্প সেবা পরিকল্পনা ও পরিচালনাকারীদের কাছে পৌঁছায়।",
        "تجربتك مع خدماتنا، جيدة كانت أم سيئة، يمكن أن تغيّرها. من خلال مشروع Patient and Carer Stories تصل القصص التي يشاركها الناس إلى من يخططون للخدمات ويديرونها.",
    ),
    (
        "It takes about 10 minutes. You can stay anonymous, and we will never publish anything without checking with you first.",
        "Zajmie to około 10 minut. Możesz pozostać anonimowy, a niczego nie opublikujemy bez wcześniejszego uzgodnienia z Tobą.",
        "এতে প্রায় ১০ মিনিট লাগে। আপনি নাম না জানিয়েও থাকতে পারেন, এবং আগে আপনার সাথে কথা না বলে আমরা কিছুই প্রকাশ করব না।",
        "يستغرق ذلك نحو 10 دقائق. يمكنك ألا تذكر اسمك، ولن ننشر أي شيء قبل أن نتحقق منك أولًا.",
    ),
    (
        "I agree that Riverside Mental Health NHS Foundation Trust may keep my story, including anything in it about my health or someone else's, and use it as I said above.",
        "Zgadzam się, aby Riverside Mental Health NHS Foundation Trust przechowywał moją historię, w tym wszystko, co dotyczy mojego zdrowia lub zdrowia innej osoby, i wykorzystywał ją tak, jak wskazałem(-am) powyżej.",
        "আমি সম্মতি দিচ্ছি যে Riverside Mental Health NHS Foundation Trust আমার গল্প রাখতে পারে, এতে আমার বা অন্য কারও স্বাস্থ্য সম্পর্কে যা আছে তা-সহ, এবং উপরে আমি যেভাবে বলেছি সেভাবে ব্যবহার করতে পারে।",
        "أوافق على أن تحتفظ Riverside Mental Health NHS Foundation Trust بقصتي، بما فيها أي شيء عن صحتي أو صحة شخص آخر، وأن تستخدمها كما ذكرتُ أعلاه.",
    ),
    (
        "Writing about your experience can bring back difficult feelings. Take breaks when you need to: you can save your answers and finish later. Nobody reads this form straight away, so if you need help now, use the numbers below.",
        "Pisanie o swoich doświadczeniach może przywołać trudne uczucia. Rób przerwy, kiedy potrzebujesz: możesz zapisać odpowiedzi i dokończyć później. Nikt nie czyta tego formularza od razu, więc jeśli potrzebujesz pomocy teraz, skorzystaj z numerów poniżej.",
        "নিজের অভিজ্ঞতা নিয়ে লিখলে কঠিন অনুভূতি ফিরে আসতে পারে। দরকার হলে বিরতি নিন: আপনি উত্তরগুলো সংরক্ষণ করে পরে শেষ করতে পারেন। এই ফর্ম কেউ সঙ্গে সঙ্গে পড়ে না, তাই এখনই সাহায্য দরকার হলে নিচের নম্বরগুলো ব্যবহার করুন।",
        "الكتابة عن تجربتك قد تعيد إليك مشاعر صعبة. خذ استراحة متى احتجت: يمكنك حفظ إجاباتك وإكمالها لاحقًا. لا أحد يقرأ هذا النموذج فورًا، فإن كنت بحاجة إلى مساعدة الآن، فاستخدم الأرقام أدناه.",
    ),
    (
        "A member of the stories team will read it within 2 weeks. If you told us how to contact you, they may get in touch to talk about it.",
        "Osoba z zespołu ds. historii przeczyta ją w ciągu 2 tygodni. Jeśli podałeś(-aś) nam sposób kontaktu, może się odezwać, aby o niej porozmawiać.",
        "গল্প দলের একজন সদস্য ২ সপ্তাহের মধ্যে এটি পড়বেন। আপনি যদি যোগাযোগের উপায় জানিয়ে থাকেন, তাঁরা এ নিয়ে কথা বলতে যোগাযোগ করতে পারেন।",
        "سيقرؤها أحد أعضاء فريق القصص خلال أسبوعين. إن أخبرتنا بطريقة التواصل معك، فقد يتواصل معك للحديث عنها.",
    ),
    (
        "If you need help now, call NHS 111 and choose the mental health option.",
        "Jeśli potrzebujesz pomocy teraz, zadzwoń pod NHS 111 i wybierz opcję dotyczącą zdrowia psychicznego.",
        "এখনই সাহায্য দরকার হলে NHS 111-এ ফোন করুন এবং মানসিক স্বাস্থ্যের বিকল্পটি বেছে নিন।",
        "إن كنت بحاجة إلى مساعدة الآن، فاتصل بـ NHS 111 واختر خيار الصحة النفسية.",
    ),
    ("Your story", "Twoja historia", "আপনার গল্প", "قصتك"),
    (
        "Tell us what happened, in your own words. Write as much or as little as you like.",
        "Opowiedz nam własnymi słowami, co się wydarzyło. Napisz tyle, ile chcesz.",
        "কী ঘটেছিল, নিজের ভাষায় আমাদের বলুন। যতটা খুশি কম বা বেশি লিখুন।",
        "أخبرنا بما حدث بكلماتك. اكتب قليلًا أو كثيرًا كما تشاء.",
    ),
    ("How should we credit you?", "Jak mamy Cię podpisać?", "আমরা আপনার নাম কীভাবে উল্লেখ করব?", "كيف نذكر اسمك؟"),
    (
        "For example your first name, 'a carer' or 'a peer mentor'.",
        "Na przykład Twoje imię, „opiekun” lub „mentor rówieśniczy”.",
        "যেমন আপনার নামের প্রথম অংশ, 'একজন পরিচর্যাকারী' বা 'একজন পিয়ার মেন্টর'।",
        "مثلًا اسمك الأول، أو «مقدم رعاية» أو «مرشد أقران».",
    ),
    (
        "How can we contact you?",
        "Jak możemy się z Tobą skontaktować?",
        "আমরা কীভাবে আপনার সাথে যোগাযোগ করতে পারি?",
        "كيف يمكننا التواصل معك؟",
    ),
    (
        "An email address or phone number, if you are happy for us to talk to you about your story.",
        "Adres e-mail lub numer telefonu, jeśli zgadzasz się, żebyśmy porozmawiali z Tobą o Twojej historii.",
        "একটি ইমেল ঠিকানা বা ফোন নম্বর, যদি আপনার গল্প নিয়ে আমাদের কথা বলায় আপনার আপত্তি না থাকে।",
        "عنوان بريد إلكتروني أو رقم هاتف، إن كنت موافقًا على أن نتحدث معك عن قصتك.",
    ),
]

# The pages translated in the demo, by path below the home page ("" is the home page).
PAGES = [
    "",
    "accessibility-statement",
    "get-involved",
    "get-involved/peer-mentor",
    "get-involved/patient-safety-partner",
    "news",
    "news/patient-and-carer-stories-reach-the-board",
    "share-your-story",
]
# Snippets translated whole, not only where a translated page uses them: the
# listing offers every role area as a filter in every language.
SNIPPET_MODELS = ["opportunities.Area"]
ROWS = [
    *HOME,
    *STATEMENT,
    *GET_INVOLVED,
    *AREAS,
    *TEAMS,
    *PEER_MENTOR,
    *SAFETY_PARTNER,
    *NEWS,
    *NEWS_POST,
    *MENU,
    *STORY_LINKS,
    *STORY_FORM,
]


def words_for(language_code, rows):
    """English text → its translation into one language."""
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


def translate_once(instance, locale, words):
    """Translate a page (and the snippets it uses) or the menu into ``locale`` once, through wagtail-localize.

    Pages are published.
    """
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    if source and Translation.objects.filter(source=source, target_locale=locale).exists():
        return
    creator = TranslationCreator(user=None, target_locales=[locale])
    creator.create_translations(instance)
    for translations in creator.mappings.values():
        for translation in translations:
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
    locales = [locale for locale in setup_languages() if locale.language_code in LANGUAGE_ORDER]
    for path in PAGES:
        page = find_page(home, path)
        if page is None:
            continue
        for locale in locales:
            translate_once(page, locale, words_for(locale.language_code, ROWS))
    for label in SNIPPET_MODELS:
        for snippet in apps.get_model(label).objects.filter(locale=home.locale):
            for locale in locales:
                translate_once(snippet, locale, words_for(locale.language_code, ROWS))
    menu = Menu.objects.filter(locale=home.locale).first()
    if menu is not None:
        for locale in locales:
            translate_once(menu, locale, words_for(locale.language_code, ROWS))
    if "pl" in dict(settings.LANGUAGES):
        reviewer_account()
