//! Phrase rules for notice-like boilerplate: advertisement labels, cookie
//! and consent notices, copyright footers, photo and source credits, and
//! paywall prompts.
//!
//! Each positive case places one boilerplate line inside a short invented
//! article (a headline, a body sentence, the line, another body sentence)
//! and checks that exactly that line goes, for the expected reason, while
//! the body stays. Each negative case places a body sentence that mentions
//! the families' trigger words (advertising, cookies, copyright, photos,
//! subscribers ...) and checks that it is kept. All text here is written
//! for these tests.

use bodytext::Reason;

#[macro_use]
mod common;

/// A headline and two body sentences in the case's language, so that the
/// line under test sits in the middle of a plausible article.
fn frame(lang: &str) -> common::Frame {
    match lang {
        "de" => (
            "Hafen bekommt neue Fähre für den Winter",
            "Die Hafengesellschaft hat am Montag eine neue Fähre für die Winterroute vorgestellt.",
            "Das Schiff soll ab Dezember zweimal täglich zur Insel fahren.",
        ),
        "fr" => (
            "Le port accueille un nouveau ferry pour l'hiver",
            "La société portuaire a présenté lundi un nouveau ferry pour la liaison d'hiver.",
            "Le navire assurera deux rotations par jour vers l'île dès décembre.",
        ),
        "es" => (
            "El puerto estrena un nuevo ferri para el invierno",
            "La autoridad portuaria presentó el lunes un nuevo ferri para la ruta de invierno.",
            "El barco hará dos viajes diarios a la isla a partir de diciembre.",
        ),
        "it" => (
            "Il porto presenta un nuovo traghetto per l'inverno",
            "L'autorità portuale ha presentato lunedì un nuovo traghetto per la linea invernale.",
            "La nave farà due corse al giorno verso l'isola da dicembre.",
        ),
        "pt" => (
            "Porto apresenta novo ferry para o inverno",
            "A administração do porto apresentou na segunda-feira um novo ferry para a rota de inverno.",
            "O navio fará duas viagens diárias para a ilha a partir de dezembro.",
        ),
        "nl" => (
            "Haven krijgt nieuwe veerboot voor de winter",
            "Het havenbedrijf heeft maandag een nieuwe veerboot voor de winterdienst gepresenteerd.",
            "Het schip vaart vanaf december twee keer per dag naar het eiland.",
        ),
        "pl" => (
            "Port otrzymał nowy prom na zimę",
            "Zarząd portu zaprezentował w poniedziałek nowy prom na trasę zimową.",
            "Statek od grudnia będzie pływał na wyspę dwa razy dziennie.",
        ),
        "sv" => (
            "Hamnen får en ny färja till vintern",
            "Hamnbolaget presenterade på måndagen en ny färja för vintertrafiken.",
            "Fartyget ska gå till ön två gånger om dagen från december.",
        ),
        "da" => (
            "Havnen får en ny færge til vinteren",
            "Havneselskabet præsenterede mandag en ny færge til vinterruten.",
            "Skibet skal sejle til øen to gange om dagen fra december.",
        ),
        "no" => (
            "Havnen får ny ferje til vinteren",
            "Havneselskapet presenterte mandag en ny ferje for vinterruten.",
            "Skipet skal gå til øya to ganger om dagen fra desember.",
        ),
        "fi" => (
            "Satama saa uuden lautan talveksi",
            "Satamayhtiö esitteli maanantaina uuden lautan talvireitille.",
            "Alus liikennöi saarelle kahdesti päivässä joulukuusta alkaen.",
        ),
        "cs" => (
            "Přístav dostane na zimu nový trajekt",
            "Správa přístavu v pondělí představila nový trajekt pro zimní linku.",
            "Loď bude od prosince jezdit na ostrov dvakrát denně.",
        ),
        "hu" => (
            "Új kompot kap télre a kikötő",
            "A kikötőtársaság hétfőn mutatta be a téli járatra szánt új kompot.",
            "A hajó decembertől naponta kétszer jár majd a szigetre.",
        ),
        "ro" => (
            "Portul primește un nou feribot pentru iarnă",
            "Administrația portului a prezentat luni un nou feribot pentru ruta de iarnă.",
            "Nava va face două curse pe zi spre insulă din decembrie.",
        ),
        "ru" => (
            "Порт получит новый паром на зиму",
            "В понедельник администрация порта представила новый паром для зимнего маршрута.",
            "С декабря судно будет ходить на остров два раза в день.",
        ),
        "uk" => (
            "Порт отримає новий пором на зиму",
            "У понеділок адміністрація порту представила новий пором для зимового маршруту.",
            "З грудня судно ходитиме на острів двічі на день.",
        ),
        "tr" => (
            "Limana kış için yeni feribot geliyor",
            "Liman işletmesi pazartesi günü kış hattı için yeni bir feribot tanıttı.",
            "Gemi aralıktan itibaren adaya günde iki sefer yapacak.",
        ),
        "el" => (
            "Νέο πλοίο για τη χειμερινή γραμμή του λιμανιού",
            "Η διοίκηση του λιμανιού παρουσίασε τη Δευτέρα ένα νέο πλοίο για τη χειμερινή γραμμή.",
            "Το πλοίο θα εκτελεί δύο δρομολόγια την ημέρα προς το νησί από τον Δεκέμβριο.",
        ),
        "ar" => (
            "الميناء يستقبل عبارة جديدة لفصل الشتاء",
            "كشفت إدارة الميناء يوم الاثنين عن عبارة جديدة لخط الشتاء.",
            "وستقوم السفينة برحلتين يوميا إلى الجزيرة اعتبارا من ديسمبر.",
        ),
        "ja" => (
            "港に冬季用の新しいフェリーが就航へ",
            "港湾会社は月曜日、冬季航路向けの新しいフェリーを公開した。",
            "同船は十二月から一日二往復で島へ運航する予定だ。",
        ),
        "zh" => (
            "港口迎来冬季新渡轮",
            "港务公司周一展示了一艘用于冬季航线的新渡轮。",
            "该船将从十二月起每天往返海岛两次。",
        ),
        "ko" => (
            "항구에 겨울철 새 여객선 투입",
            "항만공사는 월요일 겨울 항로에 투입할 새 여객선을 공개했다.",
            "이 배는 12월부터 하루 두 차례 섬을 오갈 예정이다.",
        ),
        _ => (
            "Harbour gets a new ferry for the winter",
            "The harbour authority unveiled a new ferry for the winter route on Monday.",
            "The ship will sail to the island twice a day from December.",
        ),
    }
}

// Advertisement labels, sponsored content, continue-after-the-ad markers,
// ad-blocker notices and affiliate disclosures.
removed! {
    advertisement_en_em_dashes, "en", Advertisement, "— ADVERTISEMENT —";
    advertisement_en_continues_after, "en", Advertisement, "Article continues after this advertisement";
    advertisement_en_continue_article, "en", Advertisement, "Continue Article";
    advertisement_en_continue_story_below, "en", Advertisement, "Continue the story below";
    advertisement_en_sponsored_by, "en", Advertisement, "Sponsored by Northwind Traders";
    advertisement_en_adblock, "en", Advertisement, "It looks like you're using an ad blocker. Please whitelist our site to keep reading.";
    advertisement_en_affiliate, "en", Advertisement, "If you buy something through links on this page, we may earn a small commission.";
    advertisement_de_brackets, "de", Advertisement, "[Anzeige]";
    advertisement_de_nach_der_werbung, "de", Advertisement, "Lesen Sie nach der Werbung weiter";
    advertisement_fr_dashes, "fr", Advertisement, "- Publicité -";
    advertisement_fr_suite_apres, "fr", Advertisement, "La suite de l'article après cette publicité";
    advertisement_es_patrocinado, "es", Advertisement, "Contenido patrocinado por Banco Ejemplo";
    advertisement_it_brackets, "it", Advertisement, "[Pubblicità]";
    advertisement_nl_parens, "nl", Advertisement, "(advertentie)";
    advertisement_pl_sponsorowany, "pl", Advertisement, "Artykuł sponsorowany";
    advertisement_da_sponsoreret, "da", Advertisement, "Sponsoreret indhold";
    advertisement_no_sponset, "no", Advertisement, "Sponset innhold";
    advertisement_fi_kaupallinen, "fi", Advertisement, "Kaupallinen yhteistyö: Esimerkki Oy";
    advertisement_cs_komercni, "cs", Advertisement, "Komerční sdělení";
    advertisement_hu_szponzoralt, "hu", Advertisement, "Szponzorált tartalom";
    advertisement_ru_na_pravah, "ru", Advertisement, "На правах рекламы";
    advertisement_uk_partnerskyi, "uk", Advertisement, "Партнерський матеріал";
    advertisement_tr_sponsorlu, "tr", Advertisement, "Sponsorlu içerik";
    advertisement_el_chorigoumeno, "el", Advertisement, "Χορηγούμενο περιεχόμενο";
    advertisement_ar_madfu, "ar", Advertisement, "محتوى مدفوع";
    advertisement_ja_sponsor, "ja", Advertisement, "スポンサーコンテンツ";
    advertisement_zh_zanzhu, "zh", Advertisement, "赞助内容";
}

kept! {
    advertisement_en_kept_revenue, "en", "The newspaper said its advertising revenue fell by a third last year.";
    advertisement_en_kept_sponsor, "en", "The club is looking for a new shirt sponsor after the bank pulled out.";
    advertisement_en_kept_continue_story, "en", "Continue the story of the harbour in our second part.";
    advertisement_de_kept_werbung, "de", "Die Werbung für das Produkt war umstritten.";
    advertisement_de_kept_anzeige, "de", "Die Polizei hat Anzeige gegen den Fahrer erstattet.";
    advertisement_fr_kept_publicite, "fr", "La publicité, diffusée à la télévision, a choqué de nombreux spectateurs.";
    advertisement_es_kept_anuncio, "es", "El anuncio del Gobierno llegó tras semanas de negociaciones.";
    advertisement_pl_kept_reklama, "pl", "Reklama, która pojawiła się w telewizji, wywołała oburzenie.";
    advertisement_ru_kept_reklama, "ru", "Реклама нового телефона вызвала споры в интернете.";
    advertisement_tr_kept_reklam, "tr", "Reklam filmi sosyal medyada büyük tepki çekti.";
    advertisement_ja_kept_koukoku, "ja", "この広告はインターネット上で議論を呼んだ。";
    advertisement_zh_kept_guanggao, "zh", "这则广告在网上引发了争议。";
}

// Cookie and consent notices, dialog buttons and privacy links.
// The copyright noun alone, in more languages.
removed! {
    copyright_cy_label, "xx", Copyright, "Hawlfraint";
    copyright_id_label, "xx", Copyright, "Hakcipta";
    copyright_lt_label, "xx", Copyright, "Autorinės teisės";
    copyright_ja_label, "xx", Copyright, "著作権";
}

kept! {
    copyright_de_kept_sentence, "xx", "Das Urheberrecht soll im kommenden Jahr reformiert werden, sagte die Ministerin.";
}

// Consent buttons in the languages the lists above leave out.
removed! {
    consent_af_accept, "xx", Consent, "Aanvaar alles";
    consent_af_manage, "xx", Consent, "Bestuur instellings";
    consent_lb_decline, "xx", Consent, "Ofleenen";
    consent_gl_choose, "xx", Consent, "Quero elixir";
    consent_fr_choose, "xx", Consent, "Laissez-moi choisir";
    consent_de_choose, "xx", Consent, "Lass mich wählen";
    consent_vi_accept, "xx", Consent, "Chấp nhận tất cả";
    consent_th_accept, "xx", Consent, "ยอมรับทั้งหมด";
    consent_fa_manage, "xx", Consent, "مدیریت تنظیمات";
    consent_kn_accept, "xx", Consent, "ನಾನು ಇದನ್ನು ಒಪ್ಪಿಕೊಳ್ಳುತ್ತೇನೆ";
    consent_sw_accept, "xx", Consent, "Kubali yote";
    consent_is_accept, "xx", Consent, "Samþykkja allt";
    consent_az_manage, "xx", Consent, "Parametrləri idarə et";
}

kept! {
    consent_id_kept_sentence, "xx", "Dewan menolak usulan itu, tetapi wali kota mengatakan akan terima keputusan tersebut.";
    consent_vi_kept_sentence, "xx", "Công ty đã chấp nhận tất cả các yêu cầu của công nhân.";
}

removed! {
    consent_en_we_use_cookies, "en", Consent, "We use cookies and similar technologies to personalise content and measure traffic.";
    consent_en_by_continuing, "en", Consent, "By continuing to browse this site you agree to our use of cookies.";
    consent_en_manage_choices, "en", Consent, "Manage my choices";
    consent_en_privacy_choices, "en", Consent, "Your Privacy Choices";
    consent_en_button_row, "en", Consent, "Reject all | Accept all";
    consent_de_wir_setzen, "de", Consent, "Wir setzen auf unserer Website Cookies ein, um Ihnen ein besseres Nutzungserlebnis zu ermöglichen.";
    consent_de_einwilligung, "de", Consent, "Einwilligung verwalten";
    consent_de_alle_ablehnen, "de", Consent, "Alle ablehnen";
    consent_fr_en_poursuivant, "fr", Consent, "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies.";
    consent_fr_sans_accepter, "fr", Consent, "Continuer sans accepter →";
    consent_es_utilizamos, "es", Consent, "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.";
    consent_es_rechazar, "es", Consent, "Rechazar todas";
    consent_it_questo_sito, "it", Consent, "Questo sito utilizza cookie tecnici e di profilazione.";
    consent_it_accetta_chiudi, "it", Consent, "Accetta e chiudi";
    consent_nl_wij_gebruiken, "nl", Consent, "Wij gebruiken cookies om de website goed te laten werken.";
    consent_pt_este_site, "pt", Consent, "Este site usa cookies para melhorar sua experiência.";
    consent_pl_ta_strona, "pl", Consent, "Ta strona korzysta z plików cookies.";
    consent_sv_vi_anvander, "sv", Consent, "Vi använder kakor för att förbättra din upplevelse.";
    consent_da_denne_side, "da", Consent, "Denne hjemmeside bruger cookies til statistik.";
    consent_no_vi_bruker, "no", Consent, "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.";
    consent_fi_sivustomme, "fi", Consent, "Sivustomme käyttää evästeitä.";
    consent_cs_tento_web, "cs", Consent, "Tento web používá soubory cookie.";
    consent_hu_weboldal, "hu", Consent, "A weboldal sütiket használ a jobb felhasználói élmény érdekében.";
    consent_ro_acest_site, "ro", Consent, "Acest site folosește cookie-uri.";
    consent_ru_my_ispolzuem, "ru", Consent, "Мы используем файлы cookie, чтобы сайт работал лучше.";
    consent_uk_my_vykorystovuiemo, "uk", Consent, "Ми використовуємо файли cookie для аналітики.";
    consent_tr_sitemizde, "tr", Consent, "Sitemizde çerezler kullanılmaktadır.";
    consent_el_chrisimopoioume, "el", Consent, "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.";
    consent_ar_nastakhdim, "ar", Consent, "نستخدم ملفات تعريف الارتباط لتحسين تجربتك.";
    consent_ja_cookie, "ja", Consent, "当サイトではクッキーを使用しています。";
    consent_zh_cookie, "zh", Consent, "本网站使用Cookie来改善您的体验。";
}

kept! {
    consent_en_kept_ok_answer, "en", "OK.";
    consent_de_kept_einverstanden_answer, "de", "Einverstanden.";
    consent_en_kept_partners_quote, "en", "\"We owe this to our 300 partners in the region,\" the mayor said.";
    consent_en_kept_regulator, "en", "Regulators say websites must make it as easy to reject cookies as to accept them.";
    consent_en_kept_baking, "en", "She baked two dozen chocolate chip cookies for the charity sale.";
    consent_en_kept_privacy, "en", "The new privacy law takes effect in January, the ministry said.";
    consent_de_kept_gericht, "de", "Das Gericht urteilte, dass Nutzer Cookies ablehnen können müssen.";
    consent_fr_kept_cnil, "fr", "Selon la régulatrice, les sites doivent permettre de refuser les cookies aussi facilement que de les accepter.";
    consent_es_kept_acepta, "es", "El presidente acepta la propuesta de la oposición.";
    consent_it_kept_consenso, "it", "Il paziente ha dato il suo consenso all'operazione.";
    consent_ru_kept_soglasie, "ru", "Пациент дал согласие на операцию.";
}

// Copyright, reserved-rights, reprint and licence footers.
removed! {
    copyright_en_sign_year, "en", Copyright, "© 2021 Example Media Group Ltd. All rights reserved.";
    copyright_en_may_not, "en", Copyright, "This article may not be republished or redistributed without written permission.";
    copyright_en_licence, "en", Copyright, "Text licensed under CC BY-SA 4.0";
    copyright_de_alle_rechte, "de", Copyright, "Copyright © 2022 Beispielverlag GmbH – Alle Rechte vorbehalten";
    copyright_de_nachdruck, "de", Copyright, "Nachdruck nur mit ausdrücklicher Genehmigung des Verlags.";
    copyright_fr_tous_droits, "fr", Copyright, "© Le Quotidien Exemple 2020 – Tous droits réservés";
    copyright_es_prohibida, "es", Copyright, "Prohibida su reproducción total o parcial.";
    copyright_it_riproduzione, "it", Copyright, "Riproduzione riservata ©";
    copyright_pt_direitos, "pt", Copyright, "Todos os direitos reservados a Editora Exemplo.";
    copyright_nl_rechten, "nl", Copyright, "© 2023 Voorbeeld Media B.V. Alle rechten voorbehouden.";
    copyright_pl_wszystkie_prawa, "pl", Copyright, "Wszystkie prawa zastrzeżone";
    copyright_sv_rattigheter, "sv", Copyright, "Alla rättigheter förbehållna.";
    copyright_da_ophavsret, "da", Copyright, "Ophavsret © 2020 Eksempel A/S";
    copyright_no_kopiering, "no", Copyright, "Kopiering av innhold er forbudt uten tillatelse.";
    copyright_fi_oikeudet, "fi", Copyright, "Kaikki oikeudet pidätetään.";
    copyright_cs_prava, "cs", Copyright, "Všechna práva vyhrazena.";
    copyright_hu_jog, "hu", Copyright, "Minden jog fenntartva.";
    copyright_ro_drepturile, "ro", Copyright, "Toate drepturile rezervate.";
    copyright_ru_prava, "ru", Copyright, "Все права защищены. Перепечатка материалов без разрешения запрещена.";
    copyright_uk_prava, "uk", Copyright, "Усі права захищені.";
    copyright_tr_haklari, "tr", Copyright, "Tüm hakları saklıdır.";
    copyright_el_epifylaxi, "el", Copyright, "Με επιφύλαξη παντός δικαιώματος.";
    copyright_ar_huquq, "ar", Copyright, "جميع الحقوق محفوظة © 2024";
    copyright_ja_mudan, "ja", Copyright, "無断転載を禁じます";
    copyright_zh_banquan, "zh", Copyright, "版权所有 © 2023 示例新闻网";
    copyright_de_sofern_nicht_anders, "de", Copyright, "Sofern nicht anders angegeben, stehen die Inhalte dieser Seite unter CC BY 4.0";
    copyright_en_unless_noted, "en", Copyright, "Unless otherwise stated, our photos are available under a CC BY licence";
    copyright_en_not_responsible, "en", Copyright, "The Herald is not responsible for the content of external websites.";
    copyright_en_not_responsible_contributors, "en", Copyright, "We are not responsible for the opinions expressed by our contributors.";
    copyright_de_nicht_verantwortlich, "de", Copyright, "Für den Inhalt externer Seiten sind wir nicht verantwortlich.";
}

kept! {
    copyright_en_kept_expired, "en", "The court ruled that the copyright had expired.";
    copyright_en_kept_rights, "en", "The union said all rights of the workers would be respected.";
    copyright_de_kept_urheberrecht, "de", "Das Urheberrecht schützt Werke bis 70 Jahre nach dem Tod des Urhebers.";
    copyright_fr_kept_droits, "fr", "Les droits d'auteur seront reversés aux héritiers de l'écrivain.";
    copyright_es_kept_derechos, "es", "La ley de derechos de autor fue aprobada en 2019.";
    copyright_es_kept_reproduccion, "es", "La reproducción asistida está regulada por una ley de 2006.";
    copyright_ru_kept_prava, "ru", "Суд признал, что права автора были нарушены.";
    copyright_en_kept_unless_noted, "en", "Unless otherwise noted, all times are local.";
    copyright_en_kept_not_responsible, "en", "The company said it is not responsible for the content of the leaked documents.";
}

// Photo, image and source credits, and captions closed by a credit.
removed! {
    credit_en_photo_slash, "en", Credit, "Photo: Jane Roe/Reuters";
    credit_en_caption_paren, "en", Credit, "Firefighters work at the scene on Tuesday. (Photo: Alex Smith/AP)";
    credit_en_ap_photo, "en", Credit, "AP Photo/John Roe";
    credit_en_courtesy, "en", Credit, "Image courtesy of the city archive";
    credit_de_foto_dpa, "de", Credit, "Foto: Max Mustermann/dpa";
    credit_de_quelle, "de", Credit, "Quelle: Statistisches Landesamt";
    credit_de_bildquelle, "de", Credit, "Bildquelle: picture alliance / Beispiel";
    credit_fr_credit_photo, "fr", Credit, "Crédit photo : Jean Dupont / AFP";
    credit_es_archivo, "es", Credit, "Foto: Archivo / EFE";
    credit_it_foto_di, "it", Credit, "Foto di Mario Rossi / Ansa";
    credit_pt_divulgacao, "pt", Credit, "Foto: Divulgação";
    credit_nl_anp, "nl", Credit, "Foto: ANP / Jan Jansen";
    credit_pl_fot, "pl", Credit, "Fot. Jan Kowalski / PAP";
    credit_sv_tt, "sv", Credit, "Foto: Anna Svensson/TT";
    credit_da_scanpix, "da", Credit, "Foto: Ritzau Scanpix";
    credit_no_ntb, "no", Credit, "Foto: NTB";
    credit_fi_kuva, "fi", Credit, "Kuva: Lehtikuva";
    credit_cs_ctk, "cs", Credit, "Foto: ČTK";
    credit_hu_mti, "hu", Credit, "Fotó: MTI/Kovács Béla";
    credit_ro_sursa_foto, "ro", Credit, "Sursa foto: Inquam Photos";
    credit_ru_foto, "ru", Credit, "Фото: РИА Новости";
    credit_uk_foto, "uk", Credit, "Фото: Укрінформ";
    credit_tr_fotograf, "tr", Credit, "Fotoğraf: AA";
    credit_el_fotografia, "el", Credit, "Φωτογραφία: Eurokinissi";
    credit_ar_sura, "ar", Credit, "الصورة: أرشيف";
    credit_ja_shashin, "ja", Credit, "写真：共同通信";
    credit_zh_tupian, "zh", Credit, "图片来源：新华社";
    credit_ko_sajin, "ko", Credit, "(사진=연합뉴스)";
}

kept! {
    credit_en_kept_reuters_photographer, "en", "The photo was taken by a Reuters photographer in Kyiv.";
    credit_en_kept_photos_shared, "en", "Photos of the suspect were shared widely on social media.";
    credit_en_kept_getty_sued, "en", "Getty Images said it would sue the software company.";
    credit_en_kept_credit, "en", "Credit card debt rose for the third quarter in a row.";
    credit_de_kept_foto_zeigt, "de", "Das Foto zeigt den Minister bei seiner Ankunft in Brüssel.";
    credit_de_kept_quelle, "de", "Quelle der Informationen war ein Mitarbeiter des Ministeriums.";
    credit_fr_kept_photographe, "fr", "Le photographe de l'AFP a été blessé lors de la manifestation.";
    credit_it_kept_fotografo, "it", "Il fotografo dell'Ansa ha documentato l'incendio.";
    credit_uk_kept_foto, "uk", "Фото з місця події опублікувала поліція.";
    credit_el_kept_fotografia, "el", "Η φωτογραφία τραβήχτηκε από φωτορεπόρτερ του Reuters.";
}

// Paywall prompts: subscribe-to-read, subscriber-only labels, log-in
// questions, free-article limits.
removed! {
    paywall_en_keep_reading, "en", Paywall, "Subscribe now to keep reading this story";
    paywall_en_have_account, "en", Paywall, "Already have an account? Sign in";
    paywall_en_free_articles, "en", Paywall, "You've read all of your free articles for this month.";
    paywall_en_members_only, "en", Paywall, "This story is available to members only.";
    paywall_en_sign_in, "en", Paywall, "Sign in";
    paywall_de_nur_mit_abo, "de", Paywall, "Dieser Beitrag ist nur mit einem Abo lesbar.";
    paywall_de_weiterlesen_mit, "de", Paywall, "Jetzt weiterlesen mit Beispiel+";
    paywall_de_digital_abo, "de", Paywall, "Jetzt Digital-Abo abschließen";
    paywall_fr_reserve, "fr", Paywall, "Cet article est réservé à nos abonnés.";
    paywall_fr_deja_abonne, "fr", Paywall, "Vous êtes déjà abonné ? Connectez-vous";
    paywall_es_seguir_leyendo, "es", Paywall, "Suscríbete para seguir leyendo";
    paywall_it_continuare, "it", Paywall, "Per continuare a leggere abbonati a Esempio";
    paywall_pt_continuar_lendo, "pt", Paywall, "Assine para continuar lendo";
    paywall_nl_word_abonnee, "nl", Paywall, "Word abonnee en lees verder";
    paywall_pl_czytac_dalej, "pl", Paywall, "Wykup subskrypcję, aby czytać dalej";
    paywall_sv_hela_artikeln, "sv", Paywall, "Logga in för att läsa hela artikeln";
    paywall_da_allerede, "da", Paywall, "Er du allerede abonnent? Log ind her";
    paywall_no_bli_abonnent, "no", Paywall, "Bli abonnent for å lese videre";
    paywall_fi_tilaa, "fi", Paywall, "Tilaa ja jatka lukemista";
    paywall_cs_pokracovani, "cs", Paywall, "Pro pokračování ve čtení se přihlaste";
    paywall_hu_csak, "hu", Paywall, "Csak előfizetőknek";
    paywall_ro_continut, "ro", Paywall, "Conținut exclusiv pentru abonați";
    paywall_ru_tolko, "ru", Paywall, "Материал доступен только подписчикам";
    paywall_uk_lyshe, "uk", Paywall, "Цей матеріал доступний лише для передплатників";
    paywall_tr_abonelere, "tr", Paywall, "Bu içerik yalnızca abonelere özeldir";
    paywall_el_synechiste, "el", Paywall, "Συνεχίστε την ανάγνωση με συνδρομή";
    paywall_ar_ishtarik, "ar", Paywall, "اشترك لمواصلة القراءة";
    paywall_ja_kaiin, "ja", Paywall, "続きを読むには会員登録が必要です";
    paywall_zh_denglu, "zh", Paywall, "登录后即可阅读全文";
    paywall_en_support_journalism, "en", Paywall, "Support independent journalism";
    paywall_de_unterstuetzen, "de", Paywall, "Unterstützen Sie unseren Journalismus";
    paywall_de_jetzt_spenden, "de", Paywall, "Jetzt spenden";
    paywall_fr_soutenez, "fr", Paywall, "Soutenez-nous";
    paywall_es_apoya, "es", Paywall, "Apoya el periodismo independiente";
}

kept! {
    paywall_en_kept_subscribe, "en", "Readers who subscribe get access to the archive, the company said.";
    paywall_en_kept_subscribers, "en", "Subscribers to the streaming service will pay more from March.";
    paywall_en_kept_already_member, "en", "Already a member of the club since 1990, he was elected president.";
    paywall_en_kept_unlimited, "en", "The minister said the new rules would give members of parliament unlimited access to the records.";
    paywall_en_kept_login, "en", "Log-in details for thousands of users were leaked, the firm said.";
    paywall_de_kept_abo, "de", "Viele Leser haben ihr Abo nach der Preiserhöhung gekündigt.";
    paywall_fr_kept_deja, "fr", "Déjà abonné au journal depuis vingt ans, il a résilié son contrat.";
    paywall_es_kept_suscriptores, "es", "Los suscriptores del diario podrán acceder a la hemeroteca.";
    paywall_ru_kept_podpischiki, "ru", "Число подписчиков канала выросло вдвое за год.";
    paywall_en_kept_paying_members, "en", "Paying members of the club will get a discount on tickets, the chairman said.";
    paywall_en_kept_price_tag, "en", "The premium price tag of the phone put off many buyers.";
    paywall_en_kept_paid_fees, "en", "Members who paid their fees early will be refunded.";
    paywall_en_kept_paying_members_read, "en", "Paying members can read the annual report online, the chairman said.";
    paywall_en_kept_football_question, "en", "Football or rugby?";
    paywall_en_kept_support_sentence, "en", "Support the bill, the minister told the party.";
    paywall_en_kept_support_for, "en", "Support for the plan";
    paywall_de_kept_spenden_sentence, "de", "Viele Bürger wollen jetzt spenden, sagte der Bürgermeister.";
    paywall_de_kept_alltag_question, "de", "Wie sah dein Alltag damals aus?";
    paywall_de_kept_montag_question, "de", "Wer spielt am Montag?";
    paywall_pl_kept_how_many_members, "pl", "Ilu członków ma związek?";
    paywall_en_kept_how_many_subscribers, "en", "How many subscribers remain?";
}

// Subscribe buttons in languages the newsletter family left out.
removed! {
    subscribe_be, "xx", Newsletter, "Падпісацца";
    subscribe_cy, "xx", Newsletter, "Tanysgrifio";
    subscribe_he, "xx", Newsletter, "הירשם";
    subscribe_hi, "xx", Newsletter, "सब्सक्राइब करें";
    subscribe_hy, "xx", Newsletter, "Բաժանորդագրվել";
    subscribe_is, "xx", Newsletter, "Gerast áskrifandi";
    subscribe_ka, "xx", Newsletter, "გამოწერა";
    subscribe_kk, "xx", Newsletter, "Жазылу";
    subscribe_sk, "xx", Newsletter, "Odoberať";
    subscribe_sl, "xx", Newsletter, "Naroči se";
    subscribe_sq, "xx", Newsletter, "Abonohu";
    subscribe_sw, "xx", Newsletter, "Jiandikishe";
    subscribe_uz, "xx", Newsletter, "Obuna bo'lish";
}

kept! {
    subscribe_sl_kept_sentence, "xx", "Naroči se je na revijo, ki jo je bral že njegov oče.";
    subscribe_he_kept_sentence, "xx", "הוא ביקש מכל התלמידים להירשם לקורס עד יום ראשון.";
}

// The stems of consent buttons start a word: a place and a word that hold
// one inside stay.
kept! {
    consent_de_kept_braunschweiger, "xx", "Braunschweiger Land";
    consent_en_kept_unacceptable, "xx", "Unacceptable";
}

removed! {
    consent_hy_reject, "xx", Consent, "Մերժել";
    consent_cs_reject_all, "xx", Consent, "Odmítnout vše";
}

// Advertisement labels, copyright notices, photo credits and reading
// times in languages the families above left out.
removed! {
    advertisement_tl_label, "xx", Advertisement, "Patalastas";
    advertisement_sw_label, "xx", Advertisement, "Tangazo";
    advertisement_af_label, "xx", Advertisement, "Advertensie";
    advertisement_eu_label, "xx", Advertisement, "Iragarkia";
    advertisement_cy_label, "xx", Advertisement, "Hysbyseb";
    advertisement_is_label, "xx", Advertisement, "Auglýsing";
    advertisement_et_label, "xx", Advertisement, "Reklaam";
    advertisement_be_label, "xx", Advertisement, "Рэклама";
    advertisement_ka_label, "xx", Advertisement, "რეკლამა";
    advertisement_hy_label, "xx", Advertisement, "Գովազդ";
    advertisement_kk_label, "xx", Advertisement, "Жарнама";
    advertisement_ur_label, "xx", Advertisement, "اشتہار";
    advertisement_bn_label, "xx", Advertisement, "বিজ্ঞাপন";
    advertisement_ta_label, "xx", Advertisement, "விளம்பரம்";
    advertisement_mr_label, "xx", Advertisement, "जाहिरात";
    advertisement_th_label, "xx", Advertisement, "โฆษณา";
    copyright_tl_reserved, "xx", Copyright, "Nakalaan ang lahat ng karapatan";
    copyright_af_reserved, "xx", Copyright, "Alle regte voorbehou";
    copyright_sq_reserved, "xx", Copyright, "Të gjitha të drejtat e rezervuara";
    copyright_eu_reserved, "xx", Copyright, "Eskubide guztiak erreserbatuta";
    copyright_gl_reserved, "xx", Copyright, "Todos os dereitos reservados";
    copyright_cy_reserved, "xx", Copyright, "Cedwir pob hawl";
    copyright_is_reserved, "xx", Copyright, "Allur réttur áskilinn";
    copyright_be_reserved, "xx", Copyright, "Усе правы абаронены";
    copyright_kk_reserved, "xx", Copyright, "Барлық құқықтар қорғалған";
    copyright_uz_reserved, "xx", Copyright, "Barcha huquqlar himoyalangan";
    copyright_no_reserved, "xx", Copyright, "Alle rettigheter reservert";
    copyright_vi_belongs, "xx", Copyright, "Bản quyền thuộc về Báo Tuổi Trẻ";
    copyright_ka_reserved, "xx", Copyright, "ყველა უფლება დაცულია";
    copyright_hy_reserved, "xx", Copyright, "Բոլոր իրավունքները պաշտպանված են";
    copyright_ur_reserved, "xx", Copyright, "جملہ حقوق محفوظ ہیں";
    copyright_bn_reserved, "xx", Copyright, "সর্বস্বত্ব সংরক্ষিত";
    copyright_ta_reserved, "xx", Copyright, "அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை";
    copyright_mr_reserved, "xx", Copyright, "सर्व हक्क राखीव";
    credit_tl_larawan, "xx", Credit, "Larawan: Juan dela Cruz";
    credit_sw_picha, "xx", Credit, "Picha: Juma Ali";
    credit_eu_argazkia, "xx", Credit, "Argazkia: Mikel Etxeberria";
    credit_cy_llun, "xx", Credit, "Llun: Dafydd Jones";
    credit_is_mynd, "xx", Credit, "Mynd: Jón Jónsson";
    credit_lt_nuotrauka, "xx", Credit, "Nuotrauka: Jonas Kazlauskas";
    credit_bg_snimka, "xx", Credit, "Снимка: Иван Петров";
    credit_be_fota, "xx", Credit, "Фота: Іван Пятровіч";
    credit_ka_photo, "xx", Credit, "ფოტო: გიორგი ბერიძე";
    credit_fa_aks, "xx", Credit, "عکس: علی رضایی";
    credit_ur_tasveer, "xx", Credit, "تصویر: علی احمد";
    credit_hi_photo, "xx", Credit, "फोटो: राहुल शर्मा";
    credit_bn_chobi, "xx", Credit, "ছবি: রহিম উদ্দিন";
    credit_ta_padam, "xx", Credit, "படம்: ராஜா குமார்";
    credit_ne_tasbir, "xx", Credit, "तस्बिर: राम शर्मा";
    credit_th_phap, "xx", Credit, "ภาพ: สมชาย ใจดี";
    credit_vi_anh, "xx", Credit, "Ảnh: Nguyễn Văn An";
    credit_he_tsilum, "xx", Credit, "צילום: דני כהן";
    reading_time_az, "xx", ReadingTime, "5 dəqiqəlik oxu";
    reading_time_ms_noun_first, "xx", ReadingTime, "Bacaan 5 minit";
    reading_time_tl, "xx", ReadingTime, "5 minutong pagbasa";
    reading_time_sw, "xx", ReadingTime, "Dakika 5 za kusoma";
    reading_time_sq, "xx", ReadingTime, "5 minuta lexim";
    reading_time_eu, "xx", ReadingTime, "5 minutuko irakurketa";
    reading_time_cy, "xx", ReadingTime, "5 munud o ddarllen";
    reading_time_is, "xx", ReadingTime, "5 mínútna lestur";
    reading_time_et, "xx", ReadingTime, "5 minutit lugemist";
    reading_time_lv, "xx", ReadingTime, "5 minūšu lasīšana";
    reading_time_be, "xx", ReadingTime, "5 хвілін чытання";
    reading_time_ka, "xx", ReadingTime, "5 წუთი საკითხავი";
    reading_time_hy, "xx", ReadingTime, "5 րոպե ընթերցանություն";
    reading_time_kk, "xx", ReadingTime, "5 минут оқу";
    reading_time_ta, "xx", ReadingTime, "5 நிமிட வாசிப்பு";
    reading_time_mr, "xx", ReadingTime, "5 मिनिटे वाचन";
    reading_time_da_abbreviated, "xx", ReadingTime, "5 min. læsning";
}

kept! {
    advertisement_et_kept_sentence, "xx", "Reklaam jõudis teleekraanile alles eelmisel nädalal.";
    advertisement_kk_kept_sentence, "xx", "Жарнама туралы заң жобасы парламентте талқыланды.";
    credit_sw_kept_sentence, "xx", "Picha hiyo ilipigwa na mwandishi wetu jana jioni mjini.";
    credit_th_kept_sentence, "xx", "ภาพถ่ายชุดนี้ถูกนำไปจัดแสดงที่พิพิธภัณฑ์เมื่อวานนี้";
    copyright_cy_kept_sentence, "xx", "Dywedodd y llys fod pob hawl wedi'i chadw gan yr awdur.";
    reading_time_kk_kept_sentence, "xx", "Оқушылар күніне бес минут оқу жаттығуын жасайды.";
}

// A form's messages and a picture's enlarge button.
removed! {
    form_enter_email, "xx", Newsletter, "Please enter a valid email address.";
    form_enter_email_de, "xx", Newsletter, "Bitte geben Sie eine gültige E-Mail-Adresse ein.";
    form_error, "xx", Newsletter, "An error occured, please try again later.";
    form_error_de, "xx", Newsletter, "Ein Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.";
    form_error_fr, "xx", Newsletter, "Une erreur s'est produite. Veuillez réessayer plus tard.";
    enlarge_en, "xx", Credit, "View larger image";
    enlarge_de, "xx", Credit, "Bild vergrößern";
    enlarge_fr, "xx", Credit, "Cliquez pour agrandir";
}

kept! {
    form_error_kept_sentence, "xx", "An error occurred in the count, the electoral commission said on Monday.";
    enlarge_kept_sentence, "xx", "The city wants to enlarge the harbour before the summer season.";
}
