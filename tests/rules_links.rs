//! Phrase rules for link-like boilerplate: share and follow bars, read-more
//! and related links, navigation, "click here" calls and reading times.
//!
//! Each positive case places one boilerplate line inside a short invented
//! article (a headline, a body sentence, the line, another body sentence)
//! and checks that exactly that line goes, for the expected reason, while
//! the body stays. Each negative case places a body sentence that mentions
//! the families' trigger words (share, follow, read, click, minutes ...)
//! and checks that it is kept. All text here is written for these tests.

use bodytext::Reason;

#[macro_use]
mod common;

/// A headline and two body sentences in the case's language, so that the
/// line under test sits in the middle of a plausible article.
fn frame(lang: &str) -> common::Frame {
    match lang {
        "de" => (
            "Stadtrat beschließt neuen Busfahrplan",
            "Der Stadtrat hat am Dienstag einen neuen Fahrplan für die Buslinien beschlossen.",
            "Die Änderungen gelten ab dem ersten Montag im Oktober.",
        ),
        "fr" => (
            "Le conseil municipal adopte de nouveaux horaires de bus",
            "Le conseil municipal a adopté mardi de nouveaux horaires pour les lignes de bus.",
            "Les changements entreront en vigueur le premier lundi d'octobre.",
        ),
        "es" => (
            "El ayuntamiento aprueba nuevos horarios de autobús",
            "El pleno municipal aprobó el martes nuevos horarios para las líneas de autobús.",
            "Los cambios entrarán en vigor el primer lunes de octubre.",
        ),
        "it" => (
            "Il consiglio comunale approva i nuovi orari degli autobus",
            "Il consiglio comunale ha approvato martedì i nuovi orari delle linee di autobus.",
            "Le modifiche entreranno in vigore il primo lunedì di ottobre.",
        ),
        "pt" => (
            "Câmara aprova novos horários de autocarros",
            "A câmara municipal aprovou na terça-feira novos horários para as linhas de autocarro.",
            "As alterações entram em vigor na primeira segunda-feira de outubro.",
        ),
        "nl" => (
            "Gemeenteraad keurt nieuwe dienstregeling goed",
            "De gemeenteraad heeft dinsdag een nieuwe dienstregeling voor de buslijnen goedgekeurd.",
            "De wijzigingen gaan in op de eerste maandag van oktober.",
        ),
        "pl" => (
            "Rada miasta przyjęła nowy rozkład jazdy",
            "Rada miasta przyjęła we wtorek nowy rozkład jazdy autobusów miejskich.",
            "Zmiany wejdą w życie w pierwszy poniedziałek października.",
        ),
        "sv" => (
            "Kommunen antar ny busstidtabell",
            "Kommunfullmäktige antog på tisdagen en ny tidtabell för stadens busslinjer.",
            "Ändringarna gäller från den första måndagen i oktober.",
        ),
        "ru" => (
            "Городской совет утвердил новое расписание автобусов",
            "Во вторник городской совет утвердил новое расписание городских автобусов.",
            "Изменения вступят в силу в первый понедельник октября.",
        ),
        "tr" => (
            "Belediye meclisi yeni otobüs tarifesini onayladı",
            "Belediye meclisi salı günü otobüs hatları için yeni bir tarifeyi onayladı.",
            "Değişiklikler ekim ayının ilk pazartesi gününden itibaren geçerli olacak.",
        ),
        "el" => (
            "Το δημοτικό συμβούλιο ενέκρινε νέα δρομολόγια λεωφορείων",
            "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη νέα δρομολόγια για τις γραμμές λεωφορείων.",
            "Οι αλλαγές ισχύουν από την πρώτη Δευτέρα του Οκτωβρίου.",
        ),
        "ja" => (
            "市議会が新しいバス時刻表を承認",
            "市議会は火曜日、市内バス路線の新しい時刻表を承認した。",
            "変更は十月の第一月曜日から適用される。",
        ),
        "zh" => (
            "市议会批准新的公交时刻表",
            "市议会周二批准了市内公交线路的新时刻表。",
            "新时刻表将于十月的第一个星期一起实行。",
        ),
        _ => (
            "City council approves new bus timetable",
            "The city council approved a new timetable for the bus routes on Tuesday.",
            "The changes take effect on the first Monday in October.",
        ),
    }
}

// Skip links, back-to-top links and continue-reading links in the languages
// the lists above leave out.
removed! {
    nav_af_skip, "xx", Navigation, "Slaan oor na inhoud";
    nav_lv_skip, "xx", Navigation, "Pāriet uz saturu";
    nav_mk_skip, "xx", Navigation, "Прескокнете до содржината";
    nav_vi_skip, "xx", Navigation, "Chuyển đến nội dung";
    nav_ko_skip, "xx", Navigation, "콘텐츠로 건너뛰기";
    nav_fa_skip, "xx", Navigation, "پرش به محتوا";
    nav_hi_skip, "xx", Navigation, "सामग्री पर जाएं";
    nav_ka_skip, "xx", Navigation, "შიგთავსზე გადასვლა";
    nav_az_skip, "xx", Navigation, "Məzmuna keç";
    nav_mt_skip, "xx", Navigation, "Aqbeż għall-kontenut";
    nav_af_top, "xx", Navigation, "Terug na bo";
    nav_lv_top, "xx", Navigation, "Atpakaļ uz augšu";
    nav_mn_top, "xx", Navigation, "Дээш буцах";
    nav_vi_top, "xx", Navigation, "Về đầu trang";
    nav_id_top, "xx", Navigation, "Kembali ke atas";
    nav_ar_top, "xx", Navigation, "العودة إلى الأعلى";
    nav_he_top, "xx", Navigation, "חזרה למעלה";
    nav_th_top, "xx", Navigation, "กลับไปด้านบน";
    readmore_az_continue, "xx", ReadMore, "Oxumağa davam et";
    readmore_lb_continue, "xx", ReadMore, "Weider liesen";
    readmore_et_continue, "xx", ReadMore, "Loe edasi";
    readmore_zh_continue, "xx", ReadMore, "继续阅读";
    readmore_ja_continue, "xx", ReadMore, "続きを読む";
    readmore_fa_continue, "xx", ReadMore, "ادامه مطلب";
    readmore_id_continue, "xx", ReadMore, "Baca selengkapnya";
    readmore_hi_continue, "xx", ReadMore, "आगे पढ़ें";
}

kept! {
    nav_id_kept_top, "xx", "Harga cabai kembali ke atas lima puluh ribu rupiah per kilogram pekan ini.";
    readmore_et_kept_sentence, "xx", "Loe edasi, ütles õpetaja, kuid klass jäi vait.";
    nav_vi_kept_sentence, "xx", "Giá xăng lại về đầu trang báo sau đợt tăng mạnh hôm qua.";
}

// More variants: previous and next pages, and the Thai, Tamil, Telugu,
// Urdu, Uzbek and Tagalog forms of the links above.
removed! {
    nav_sl_prev_page, "xx", Navigation, "Prejšnja stran";
    nav_uz_next_page, "xx", Navigation, "Keyingi sahifa";
    nav_th_next_page, "xx", Navigation, "หน้าถัดไป";
    nav_ar_next_page, "xx", Navigation, "الصفحة التالية";
    nav_th_skip, "xx", Navigation, "ข้ามไปที่เนื้อหา";
    nav_tl_skip, "xx", Navigation, "I-skip tungo sa nilalaman";
    nav_ta_top, "xx", Navigation, "மீண்டும் மேலே";
    readmore_th_more, "xx", ReadMore, "อ่านเพิ่มเติม";
    readmore_ur_continue, "xx", ReadMore, "پڑھنا جاری رکھیے";
    readmore_uz_continue, "xx", ReadMore, "O'qishni davom ettiring";
    readtime_te_minutes, "xx", ReadingTime, "చదవడానికి 5 నిమిషాలు పడుతుంది";
    readtime_ur_minutes, "xx", ReadingTime, "1 منٹ لگے گا";
}

kept! {
    nav_id_kept_next, "xx", "Pemerintah akan mengumumkan langkah berikutnya pekan depan.";
    nav_sl_kept_page, "xx", "Naslednja stran zgodbe je bila objavljena v sobotni prilogi.";
}

// Reading times and read counts in more languages.
removed! {
    readtime_en_times_read, "xx", ReadingTime, "Read 1,234 times";
    readtime_de_mal_gelesen, "xx", ReadingTime, "1.234 mal gelesen";
    readtime_fr_lu_fois, "xx", ReadingTime, "Lu 1 234 fois";
    readtime_az_oxunub, "xx", ReadingTime, "25 dəfə oxunub";
    readtime_ru_prochitano, "xx", ReadingTime, "Прочитано 123 раза";
    readtime_ar_minutes, "xx", ReadingTime, "5 دقائق قراءة";
    readtime_be_minutes, "xx", ReadingTime, "Прачытанне зойме 4 хв";
    readtime_eu_minutes, "xx", ReadingTime, "5 minututan irakurtzeko";
    readtime_vi_minutes, "xx", ReadingTime, "5 phút đọc";
    readtime_id_minutes, "xx", ReadingTime, "Baca 4 menit";
    readtime_he_minutes, "xx", ReadingTime, "זמן קריאה: 4 דקות";
}

kept! {
    readtime_en_kept_read_times, "xx", "She read the letter three times before she answered it.";
    readtime_id_kept_sentence, "xx", "Rapat itu hanya berlangsung 4 menit sebelum ditunda.";
}

// Share and follow bars, network names, print / e-mail / copy-link buttons.
removed! {
    share_en_story_on_network, "en", Share, "Share this story on LinkedIn";
    share_en_follow_us, "en", Share, "Follow us on Instagram and Threads";
    share_en_network_run, "en", Share, "Facebook · X · WhatsApp · Telegram";
    share_en_copy_link, "en", Share, "Copy link to clipboard";
    share_en_lone_network, "en", Share, "Pinterest";
    share_de_teilen, "de", Share, "Diesen Beitrag mit Freunden teilen";
    share_de_folgen, "de", Share, "Folgen Sie uns auf Instagram";
    share_de_drucken, "de", Share, "Artikel drucken";
    share_fr_partager, "fr", Share, "Partager cet article sur WhatsApp";
    share_fr_suivez, "fr", Share, "Suivez-nous sur Instagram";
    share_es_compartir, "es", Share, "Compartir esta noticia en WhatsApp";
    share_es_siguenos, "es", Share, "Síguenos en Instagram";
    share_it_condividi, "it", Share, "Condividi su WhatsApp";
    share_nl_delen, "nl", Share, "Deel dit artikel via WhatsApp";
    share_pl_udostepnij, "pl", Share, "Udostępnij na Facebooku";
    share_sv_dela, "sv", Share, "Dela artikeln på Facebook";
    share_ru_podelitsya, "ru", Share, "Поделиться во ВКонтакте";
    share_tr_paylas, "tr", Share, "WhatsApp'ta paylaş";
    share_el_koinopoiisi, "el", Share, "Κοινοποίηση στο Facebook";
    share_ja_share, "ja", Share, "Facebookで共有する";
    share_zh_fenxiang, "zh", Share, "分享到微博";
}

kept! {
    share_en_kept_shared_photo, "en", "She shared the photo on Facebook with her followers.";
    share_en_kept_networks_down, "en", "Twitter, Facebook and Instagram were all down for two hours on Friday.";
    share_en_kept_follow_money, "en", "Follow the money, the prosecutor told the jury, and you will find the motive.";
    share_de_kept_geteilt, "de", "Die Kommentare des Ministers wurden in sozialen Netzwerken geteilt.";
    share_de_kept_teile, "de", "Teile der Innenstadt bleiben am Wochenende für den Verkehr gesperrt.";
    share_fr_kept_partage, "fr", "Les internautes ont partagé la vidéo des milliers de fois en une nuit.";
    share_es_kept_siguen, "es", "Millones de personas siguen a la cantante en Instagram desde hace años.";
    share_it_kept_condiviso, "it", "Il post è stato condiviso migliaia di volte nel giro di un giorno.";
    share_sv_kept_del, "sv", "Del av budgeten går till nya cykelbanor längs ån.";
    share_ru_kept, "ru", "Поделиться своими воспоминаниями согласились лишь немногие жители.";
}

// Read-more, related, most-read and next/previous links.
removed! {
    readmore_en_keep_reading, "en", ReadMore, "Keep reading below";
    readmore_en_might_enjoy, "en", ReadMore, "You might also enjoy";
    readmore_en_most_shared, "en", ReadMore, "Most shared this week";
    readmore_en_more_from, "en", ReadMore, "More from Transport";
    readmore_de_hier_weiterlesen, "de", ReadMore, "Hier weiterlesen";
    readmore_de_ebenfalls_interessieren, "de", ReadMore, "Das könnte Sie ebenfalls interessieren";
    readmore_de_mehr_zum_thema, "de", ReadMore, "Mehr zum Thema Nahverkehr";
    readmore_fr_a_lire_egalement, "fr", ReadMore, "À lire également : la ville rénove ses abribus";
    readmore_fr_articles_similaires, "fr", ReadMore, "Articles similaires";
    readmore_es_sigue_leyendo, "es", ReadMore, "Sigue leyendo";
    readmore_es_noticias_relacionadas, "es", ReadMore, "Noticias relacionadas";
    readmore_it_leggi_anche, "it", ReadMore, "Leggi anche: il nuovo piano per il centro";
    readmore_pt_veja_tambem, "pt", ReadMore, "Veja também";
    readmore_nl_lees_ook, "nl", ReadMore, "Lees ook: gemeente wil meer groen in de wijk";
    readmore_pl_czytaj_takze, "pl", ReadMore, "Czytaj także: nowe linie tramwajowe";
    readmore_sv_las_mer, "sv", ReadMore, "Läs mer om busstrafiken";
    readmore_ru_chitayte_takzhe, "ru", ReadMore, "Читайте также: новый мост откроют летом";
    readmore_tr_ilgili_haberler, "tr", ReadMore, "İlgili Haberler";
    readmore_el_sxetika, "el", ReadMore, "Σχετικά άρθρα";
    readmore_ja_kanren, "ja", ReadMore, "関連記事";
    readmore_zh_xiangguan, "zh", ReadMore, "相关新闻";
    readmore_de_schon_gelesen, "de", ReadMore, "Schon gelesen?";
    readmore_en_already_read, "en", ReadMore, "Already read this?";
    readmore_de_thema_interessieren, "de", ReadMore, "Das Thema könnte dich auch interessieren:";
    readmore_fr_sur_le_sujet, "fr", ReadMore, "Audios et vidéos sur le sujet";
    readmore_de_zum_thema, "de", ReadMore, "Videos zum Thema";
    readmore_es_puedes_ver, "es", ReadMore, "PUEDES VER: Los nuevos horarios del autobús";
}

kept! {
    readmore_en_kept_read_more, "en", "Read more about the plan in the council's report, which was published on Monday.";
    readmore_en_kept_next_week, "en", "Next week the council will vote on the budget for the coming year.";
    readmore_en_kept_most_popular, "en", "Most popular among young voters was the Green party, the poll found.";
    readmore_de_kept_weiterlesen, "de", "Weiterlesen wollte er das Buch nach dem ersten Kapitel nicht mehr.";
    readmore_de_kept_mehr_zum_thema, "de", "Mehr zum Thema wollte der Minister am Abend nicht sagen.";
    readmore_de_kept_interessieren, "de", "Das könnte Sie auch interessieren, sagte die Verkäuferin lachend.";
    readmore_fr_kept_plus_de, "fr", "Plus de deux cents personnes ont manifesté devant la mairie.";
    readmore_es_kept_mas_de, "es", "Más de cien vecinos firmaron la petición contra el cierre.";
    readmore_it_kept_leggi, "it", "Leggi e regolamenti cambiano spesso, ha detto il sindaco.";
    readmore_de_kept_gelesen, "de", "Schon gelesen hatte er den Bericht, als der Anruf kam.";
    readmore_en_kept_videos_topic, "en", "Videos on the topic of road safety were shown in every school.";
}

// Navigation: skip links, back to top, crumb trails, pagination.
removed! {
    nav_en_skip, "en", Navigation, "Skip to main navigation";
    nav_en_crumbs, "en", Navigation, "Home › Local › Transport";
    nav_en_page_of, "en", Navigation, "Page 2 of 9";
    nav_en_pagination_row, "en", Navigation, "« Previous 1 2 3 4 Next »";
    nav_de_direkt_zum_inhalt, "de", Navigation, "Direkt zum Inhalt";
    nav_de_ganz_nach_oben, "de", Navigation, "Ganz nach oben";
    nav_fr_passer_au_contenu, "fr", Navigation, "Passer au contenu principal";
    nav_es_ir_arriba, "es", Navigation, "Ir arriba";
    nav_it_salta_al_contenuto, "it", Navigation, "Salta al contenuto principale";
    nav_nl_terug_naar_de_top, "nl", Navigation, "Terug naar de top";
    nav_pl_przejdz, "pl", Navigation, "Przejdź do nawigacji";
    nav_ru_perejti, "ru", Navigation, "Перейти к основному содержанию";
    nav_tr_basina_don, "tr", Navigation, "Sayfa başına dön";
    nav_el_metavasi, "el", Navigation, "Μετάβαση στην πλοήγηση";
    nav_ja_honbun, "ja", Navigation, "本文へスキップ";
    nav_zh_fanhui, "zh", Navigation, "返回顶部";
    nav_en_tags, "en", Navigation, "Tags: buses, timetable, council";
    nav_de_schlagwoerter, "de", Navigation, "Schlagwörter: Busse, Fahrplan, Stadtrat";
    nav_fr_categories, "fr", Navigation, "Catégories : Transports, Vie locale";
    nav_es_etiquetas, "es", Navigation, "Etiquetas: autobuses, ayuntamiento";
    nav_en_filed_under, "en", Navigation, "Filed under: Local news";
    nav_en_labels, "en", Navigation, "Labels: buses, timetable";
    nav_en_posted_in_list, "en", Navigation, "Posted in Transport, Local news | 3 Comments »";
    nav_en_post_meta, "en", Navigation, "This entry was posted in Transport and tagged buses. Bookmark the permalink.";
    nav_de_post_meta, "de", Navigation, "Dieser Beitrag wurde unter Verkehr veröffentlicht. Setze ein Lesezeichen auf den Permalink.";
    nav_fr_post_meta, "fr", Navigation, "Cet article a été publié dans Transports. Ajoutez ce permalien à vos favoris.";
    nav_de_erstellt_abgelegt, "de", Navigation, "Erstellt am 6. Mai 2014 um 23:30 und abgelegt unter Verkehr, Stadtrat.";
}

kept! {
    nav_en_kept_home, "en", "Home is where the heart is, she said as she unpacked the last box.";
    nav_en_kept_back_to_top, "en", "Back to top form, the striker scored twice in the second half.";
    nav_en_kept_search, "en", "Search teams found the missing boat on Monday morning.";
    nav_en_kept_page, "en", "Page 3 of the report lists the names of all the witnesses.";
    nav_en_kept_scores, "en", "13 24 35 46";
    nav_en_kept_arrows, "en", "Open Settings -> Network -> Advanced to change the address.";
    nav_de_kept_weiter, "de", "Weiter geht es am Montag mit der nächsten Sitzung des Rates.";
    nav_en_kept_tags_sentence, "en", "Tags: the word the inspectors used for the stickers on each bus.";
    nav_en_kept_categories_sentence, "en", "Categories of tickets will change, the council said.";
    nav_en_kept_posted_in, "en", "The notice was posted in every bus on Monday.";
    nav_en_kept_posted_in_sentence, "en", "Posted in Berlin, the letter reached the mayor on Monday.";
    nav_de_kept_veroeffentlicht, "de", "Der Beitrag wurde in der Fachzeitschrift des Verbands veröffentlicht.";
    nav_fr_kept_publie, "fr", "Cet article a été publié dans la revue du syndicat des transports.";
    nav_de_kept_tag, "de", "Tag: Montag";
}

// "Click here" calls.
removed! {
    click_en_register, "en", ClickHere, "Click here to register for the event.";
    click_en_tap, "en", ClickHere, "Tap here for the live blog";
    click_en_purpose_first, "en", ClickHere, "To watch the video, click here.";
    click_de_klicken_sie_hier, "de", ClickHere, "Klicken Sie hier, um das Video zu sehen.";
    click_fr_cliquez_ici, "fr", ClickHere, "Cliquez ici pour voir la vidéo.";
    click_es_haz_clic, "es", ClickHere, "Haz clic aquí para ver el vídeo.";
    click_it_clicca_qui, "it", ClickHere, "Clicca qui per guardare il video.";
    click_pt_clique_aqui, "pt", ClickHere, "Clique aqui para assistir ao vídeo.";
    click_nl_klik_hier, "nl", ClickHere, "Klik hier om de video te bekijken.";
    click_pl_kliknij, "pl", ClickHere, "Kliknij tutaj, aby obejrzeć wideo.";
    click_ru_nazhmite, "ru", ClickHere, "Нажмите здесь, чтобы посмотреть видео.";
    click_tr_tiklayin, "tr", ClickHere, "Videoyu izlemek için buraya tıklayın.";
    click_ja_kochira, "ja", ClickHere, "動画はこちらをクリック";
}

kept! {
    click_en_kept_said, "en", "Click here, he said, was the only instruction.";
    click_en_kept_here_and_there, "en", "Click here and there, the old ads used to say, and you will win.";
    click_de_kept_nicht, "de", "Klicken Sie hier nicht, warnte die Polizei vor der gefälschten Nachricht.";
    click_fr_kept_et, "fr", "Cliquez ici et là, promettait la publicité, et vous serez riche.";
}

// Reading-time lines.
removed! {
    readtime_en_min_read, "en", ReadingTime, "6 min read";
    readtime_en_estimated, "en", ReadingTime, "Estimated reading time: 7 minutes";
    readtime_de_lesedauer, "de", ReadingTime, "Lesedauer: 4 Minuten";
    readtime_fr_temps_de_lecture, "fr", ReadingTime, "Temps de lecture estimé : 6 min";
    readtime_es_minutos_de_lectura, "es", ReadingTime, "8 minutos de lectura";
    readtime_it_tempo_di_lettura, "it", ReadingTime, "Tempo di lettura: 5 minuti";
    readtime_pt_tempo_de_leitura, "pt", ReadingTime, "Tempo de leitura: 6 min";
    readtime_nl_leestijd, "nl", ReadingTime, "Leestijd: 5 minuten";
    readtime_pl_minut_czytania, "pl", ReadingTime, "7 minut czytania";
    readtime_sv_lastid, "sv", ReadingTime, "Lästid: 4 minuter";
    readtime_ru_vremya_chteniya, "ru", ReadingTime, "Время чтения: 6 минут";
    readtime_tr_dakikalik, "tr", ReadingTime, "5 dakikalık okuma";
    readtime_el_xronos, "el", ReadingTime, "Χρόνος ανάγνωσης: 4 λεπτά";
    readtime_ja_yomeru, "ja", ReadingTime, "この記事は約4分で読めます";
    readtime_zh_yuedu, "zh", ReadingTime, "阅读时间：6分钟";
}

kept! {
    readtime_en_kept_meeting, "en", "The meeting lasted 45 minutes and ended without a vote.";
    readtime_en_kept_report, "en", "Reading the 300-page report took her two full days.";
    readtime_de_kept_minuten, "de", "Nach fünf Minuten Lesezeit war klar, dass der Vertrag Lücken hat.";
    readtime_fr_kept_lecture, "fr", "La lecture du rapport a duré 20 minutes devant les élus.";
}

// Read-more links and related-news headings in languages the families
// above left out, adjective first ("Oxşar xəbərlər", "Povezane novice")
// or noun first ("Lajme të ngjashme", "Habari zinazohusiana",
// "ข่าวที่เกี่ยวข้อง").
removed! {
    read_more_az, "xx", ReadMore, "Daha çox oxu";
    read_more_ca_imperative, "xx", ReadMore, "Llegeix més";
    read_more_cy, "xx", ReadMore, "Darllen mwy";
    read_more_hy, "xx", ReadMore, "Կարդալ ավելին";
    read_more_ka, "xx", ReadMore, "წაიკითხე მეტი";
    read_more_kk, "xx", ReadMore, "Толығырақ оқу";
    read_more_mk, "xx", ReadMore, "Прочитај повеќе";
    read_more_mr, "xx", ReadMore, "अधिक वाचा";
    read_more_ne, "xx", ReadMore, "थप पढ्नुहोस्";
    read_more_sw, "xx", ReadMore, "Soma zaidi";
    read_more_tl, "xx", ReadMore, "Magbasa pa";
    related_af, "xx", ReadMore, "Verwante artikels";
    related_az, "xx", ReadMore, "Oxşar xəbərlər";
    related_be, "xx", ReadMore, "Падобныя навіны";
    related_bn, "xx", ReadMore, "সম্পর্কিত খবর";
    related_ca, "xx", ReadMore, "Notícies relacionades";
    related_cy_noun_first, "xx", ReadMore, "Straeon cysylltiedig";
    related_et, "xx", ReadMore, "Seotud uudised";
    related_eu, "xx", ReadMore, "Lotutako albisteak";
    related_hy, "xx", ReadMore, "Նմանատիպ նորություններ";
    related_is, "xx", ReadMore, "Tengdar fréttir";
    related_ka, "xx", ReadMore, "მსგავსი სიახლეები";
    related_kk, "xx", ReadMore, "Ұқсас жаңалықтар";
    related_mk, "xx", ReadMore, "Поврзани вести";
    related_ms, "xx", ReadMore, "Berita berkaitan";
    related_ne, "xx", ReadMore, "सम्बन्धित समाचार";
    related_sl, "xx", ReadMore, "Povezane novice";
    related_sq_noun_first, "xx", ReadMore, "Lajme të ngjashme";
    related_sw_noun_first, "xx", ReadMore, "Habari zinazohusiana";
    related_ta, "xx", ReadMore, "தொடர்புடைய செய்திகள்";
    related_th_noun_first, "xx", ReadMore, "ข่าวที่เกี่ยวข้อง";
    related_tl, "xx", ReadMore, "Kaugnay na balita";
    related_ur, "xx", ReadMore, "متعلقہ خبریں";
    related_uz, "xx", ReadMore, "O'xshash yangiliklar";
    related_uz_turned_comma, "xx", ReadMore, "Oʻxshash yangiliklar";
    related_uk_modifier_apostrophe, "xx", ReadMore, "Повʼязані новини";
}

kept! {
    related_sl_kept_novice, "xx", "Novice o poplavah so se hitro razširile po državi.";
    related_sw_kept_habari, "xx", "Habari za mafuriko zilienea haraka nchini kote.";
    read_more_sw_kept_soma, "xx", "Wanafunzi wengi wanataka kusoma zaidi kuhusu historia yao.";
}

// Share buttons in Marathi and Nepali.
removed! {
    share_mr, "xx", Share, "शेअर करा";
    share_ne, "xx", Share, "सेयर गर्नुहोस्";
}

// Back-to-top links in languages the navigation family left out.
removed! {
    top_az, "xx", Navigation, "Yuxarı qayıt";
    top_mk, "xx", Navigation, "Назад на врв";
    top_bg, "xx", Navigation, "Нагоре";
    top_be, "xx", Navigation, "Уверх";
    top_kk, "xx", Navigation, "Жоғарыға";
    top_mr, "xx", Navigation, "वर जा";
    top_ne, "xx", Navigation, "माथि जानुहोस्";
    top_th, "xx", Navigation, "กลับด้านบน";
}

kept! {
    top_bg_kept_sentence, "xx", "Цените на горивата вървят нагоре от началото на годината.";
}

// Words of the tag, print, most-read and log-in labels in body lines.
kept! {
    tags_de_kept_day, "xx", "Tag: Samstag, 12. Juni";
    print_af_kept_sentence, "xx", "Die druk op die regering het die afgelope week toegeneem.";
    print_sw_kept_sentence, "xx", "Gazeti litachapisha ripoti hiyo kamili kesho asubuhi.";
    print_bg_kept_sentence, "xx", "Печатът на общината беше намерен в шкафа на кмета.";
    login_kk_kept_sentence, "xx", "Кіру ақысы ересектер үшін екі мың теңге болады.";
    login_uz_kept_introduction, "xx", "Kirish";
    login_hr_kept_announcement, "xx", "Najava";
    share_de_kept_diele, "xx", "Diele";
    follow_tr_kept_sentence, "xx", "Bizi Facebook'ta takip eden okurlarımızın sayısı arttı.";
}

// The rest of a blog engine's post footer.
removed! {
    post_footer_bookmark, "xx", Navigation, "Bookmark the permalink.";
    post_footer_rss, "xx", Navigation, "Follow any comments here with the RSS feed for this post.";
    post_footer_rss_responses, "xx", Navigation, "You can follow any responses to this entry through the RSS 2.0 feed.";
    post_footer_leave_response, "xx", Navigation, "You can leave a response, or trackback from your own site.";
    post_footer_trackbacks, "xx", Navigation, "Trackbacks are closed, but you can post a comment.";
    post_footer_written_by, "xx", Navigation, "This entry was written by Sam, posted on 9/10/2012 at 1:38 pm.";
    post_footer_filed_under, "xx", Navigation, "This entry was posted on Monday, March 3rd, 2012 at 9:14 am and is filed under News.";
    post_footer_filed, "xx", Navigation, "Filed under news.";
}

kept! {
    post_footer_kept_seal, "xx", "The case was filed under seal, the court said on Monday.";
    post_footer_kept_posted, "xx", "The museum posted in its newsletter that it will close in May.";
    post_footer_kept_open, "xx", "Comments are open to all readers of the site until Friday.";
}

// Links back to the home page or an earlier page.
removed! {
    back_home_en_the, "xx", Navigation, "Back to the homepage";
    back_home_en_previous, "xx", Navigation, "Go back to the previous page";
    back_home_pt, "xx", Navigation, "Voltar para a página inicial";
    back_home_nl, "xx", Navigation, "Terug naar de homepage";
    back_home_pl, "xx", Navigation, "Powrót do strony głównej";
    back_home_sv, "xx", Navigation, "Tillbaka till startsidan";
    back_home_fi, "xx", Navigation, "Takaisin etusivulle";
    back_home_cs, "xx", Navigation, "Zpět na hlavní stránku";
    back_home_hu, "xx", Navigation, "Vissza a főoldalra";
    back_home_ru, "xx", Navigation, "Вернуться на главную";
    back_home_uk, "xx", Navigation, "Повернутися на головну";
    back_home_tr, "xx", Navigation, "Ana sayfaya dön";
    back_home_ja, "xx", Navigation, "ホームに戻る";
    back_home_ko, "xx", Navigation, "홈으로 돌아가기";
    back_home_de_all_news, "xx", Navigation, "Zurück zu allen Nachrichten";
}

kept! {
    back_home_kept_beatles, "xx", "Back to the home of the Beatles";
    back_home_kept_history, "xx", "Return to the main page of history";
}

// A blog sidebar's headings and labels.
removed! {
    sidebar_archives, "xx", Navigation, "Archives";
    sidebar_blog_archive, "xx", Navigation, "Blog Archive";
    sidebar_categories_de, "xx", Navigation, "Kategorien";
    sidebar_tag_cloud, "xx", Navigation, "Tag cloud";
    sidebar_blogroll, "xx", Navigation, "Blogroll";
    sidebar_topics, "xx", Navigation, "Topics";
    sidebar_about_author, "xx", Navigation, "About the author";
    sidebar_about_author_fr, "xx", Navigation, "À propos de l'auteur";
    sidebar_trackback, "xx", Navigation, "TrackBack URL for this entry:";
    sidebar_loading, "xx", Navigation, "Loading...";
    sidebar_loading_de, "xx", Navigation, "Wird geladen...";
}

kept! {
    sidebar_kept_laden, "xx", "Laden";
    sidebar_kept_archives_sentence, "xx", "The archives of the city";
    sidebar_kept_links, "xx", "Links and rights";
}

// A skip bar with several links, a go-to label, a forgotten password.
removed! {
    skip_bar_two_links, "xx", Navigation, "skip to main | skip to sidebar";
    go_to_label_en, "xx", Navigation, "Go to:";
    go_to_label_de, "xx", Navigation, "Gehe zu:";
    forgot_password_en, "xx", Paywall, "Forgot your password?";
    forgot_password_de, "xx", Paywall, "Passwort vergessen?";
    forgot_password_zh, "xx", Paywall, "忘记密码";
}

kept! {
    forgot_password_kept_sentence, "xx", "I forgot my password at the bank, he said.";
    go_to_kept_line, "xx", "Go to: the station";
}
