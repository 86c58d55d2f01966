//! Table-driven tests of the comment and newsletter families and the site
//! tag shape, with named cases per language: each boilerplate line must go
//! with its reason, each body sentence that mentions the same words must
//! stay. All strings are written for these tests.

use bodytext::{Cleaner, Reason};

/// Cleans a short article with `line` between two body paragraphs and
/// returns the reason `line` was removed for, if it was.
fn verdict(line: &str) -> Option<Reason> {
    let article = format!(
        "Kurze Überschrift zum Test\n\n\
         Erster Absatz mit genug Text, damit er wie ein Absatz eines Artikels aussieht und bleibt.\n\n\
         {line}\n\n\
         Letzter Absatz, ebenfalls lang genug, um als gewöhnlicher Fließtext des Artikels zu gelten."
    );
    let cleaned = Cleaner::default().clean(&article);
    cleaned
        .report()
        .iter()
        .find(|r| r.line() == 5)
        .map(|r| r.reason())
}

macro_rules! removed {
    ($($name:ident: $reason:ident, $line:expr;)*) => {$(
        #[test]
        fn $name() {
            assert_eq!(verdict($line), Some(Reason::$reason), "{}: {:?}", stringify!($name), $line);
        }
    )*};
}

macro_rules! kept {
    ($($name:ident: $line:expr;)*) => {$(
        #[test]
        fn $name() {
            assert_eq!(verdict($line), None, "{}: {:?} must stay", stringify!($name), $line);
        }
    )*};
}

removed! {
    login_or_register_it: Comment, "Accedi o iscriviti per completare questa azione.";
    login_or_register_pt: Comment, "Por favor, autentique-se ou registre-se para continuar.";
    login_or_register_zh: Comment, "请登录或者注册。";
    login_or_register_vi: Comment, "Vui lòng đăng nhập hoặc đăng kí để tiếp tục.";
    notify_ja: Comment, "返信があった場合にメールで通知する";
    notify_zh: Comment, "有新回复时发送邮件通知";
    notify_id: Comment, "Dapatkan notifikasi balasan lewat email";
    notify_uk: Comment, "Підписатися на повідомлення про відповіді";
    moderation_eo: Comment, "Komento en atendovico por kontrolo.";
    moderation_ko: Comment, "검토 대기 중인 댓글.";
    moderation_zh: Comment, "您的评论正在等待审核。";
    moderation_tr: Comment, "Yorumunuz onay bekliyor.";
    moderation_fi: Comment, "Kommenttisi odottaa hyväksyntää.";
    closed_sl: Comment, "Komentiranje je bilo onemogočeno.";
    closed_az: Comment, "Şərh yazmaq deaktivdir";
    cannot_az: Comment, "Bu nəşrdə şərh yaza bilməzsiniz.";
    cannot_sv: Comment, "Du kan inte posta kommentarer här.";
    cannot_sr: Comment, "Ne možete objavljivati komentare u ovoj publikaciji.";
    discussion_nl_start: Comment, "Begin het gesprek";
    discussion_tr_members: Comment, "Üye tartışması";
}

kept! {
    login_or_register_sentence: "Users can log in or register with their bank ID, the ministry said on Monday.";
    login_or_register_pt_sentence: "Os eleitores podem entrar ou registrar-se no portal até sexta-feira.";
    moderation_tr_sentence: "Bakanlık, onay bekleyen başvuruların hafta sonuna kadar değerlendirileceğini açıkladı.";
}

removed! {
    newsletter_bg_check_mail: Newsletter, "Проверете пощата си!";
    newsletter_ur_check_mail: Newsletter, "اب اپنا ای میل چیک کریں!";
    newsletter_sw_check_mail: Newsletter, "Angalia barua pepe yako";
    newsletter_fi_enter_email: Newsletter, "Syötä sähköpostiosoitteesi";
    newsletter_ja_enter_email: Newsletter, "メールアドレスを入力してください";
    newsletter_ko_enter_email: Newsletter, "이메일 주소를 입력하세요";
    newsletter_ru_enter_email: Newsletter, "Введите ваш e-mail";
    newsletter_sw_signup: Newsletter, "Jisajili sasa";
    newsletter_tr_signup: Newsletter, "Şimdi kayıt ol";
    newsletter_sv_signup: Newsletter, "Anmäl dig";
    newsletter_pt_confirm_link: Newsletter, "Para completar o registo, clique no link de confirmação que está na sua caixa de entrada.";
    newsletter_sq_confirm_link: Newsletter, "Për të përfunduar regjistrimin, klikoni lidhjen e konfirmimit në kutinë tuaj postare.";
    newsletter_bg_confirm_link: Newsletter, "За да завършите регистрацията, щракнете върху линка, който ще получите по имейл.";
}

kept! {
    newsletter_sw_sentence: "Wananchi walitakiwa kuangalia barua pepe zao kabla ya mkutano wa kijiji.";
    newsletter_pt_sentence: "O registo de propriedade foi concluído depois de o juiz ver a ligação entre as empresas.";
}

removed! {
    moderation_fr: Comment, "Votre commentaire est en attente de modération.";
    none_ca: Comment, "No hi ha comentaris.";
    none_da: Comment, "Der er ikke nogle kommentarer lige nu";
    none_zh: Comment, "暂无评论";
    none_ja: Comment, "コメントはまだありません";
    none_ar: Comment, "لا توجد تعليقات بعد";
    none_id: Comment, "Belum ada komentar";
    login_comment_no: Comment, "Logg inn for å legge til kommentarer";
    login_comment_de: Comment, "Zum Kommentieren melden Sie sich bitte an.";
    login_comment_fr: Comment, "Connectez-vous pour commenter";
    login_comment_ja: Comment, "ログインしてコメントする";
    login_comment_vi: Comment, "Đăng nhập để bình luận";
    login_comment_ru: Comment, "Войдите, чтобы оставить комментарий";
}

kept! {
    none_id_sentence: "Belum ada komentar resmi dari kementerian soal kenaikan harga beras itu.";
    login_comment_fr_sentence: "Le ministre a refusé de commenter, et les députés se sont connectés pour voter.";
}

removed! {
    member_to_comment_af: Comment, "Word 'n lid van Die Dorpskoerant om kommentaar te lewer.";
    member_to_comment_id: Comment, "Jadilah anggota di Kabar Kota untuk mulai berkomentar.";
    member_to_comment_ja: Comment, "町の新聞のメンバーになってコメントを始めましょう。";
    member_to_comment_ko: Comment, "동네 소식의 회원이 되어 댓글을 작성해 주세요.";
    member_to_comment_es: Comment, "Hazte miembro de La Gaceta para comentar.";
    member_to_comment_tr: Comment, "Yorum yapmak için Kent Haber üyesi olun.";
    member_to_comment_zh: Comment, "成为城市日报的会员以开始评论。";
    member_to_comment_he: Comment, "הירשמו כחברי העיתון המקומי כדי להתחיל להגיב.";
}

kept! {
    member_to_comment_es_sentence: "El concejal se hizo miembro de la comisión para comentar el presupuesto.";
    member_to_comment_id_sentence: "Ia menjadi anggota dewan dan sering berkomentar soal anggaran.";
}

removed! {
    upgrade_bn: Paywall, "এখনই আপগ্রেড করুন";
    upgrade_fa: Paywall, "همین حالا ارتقا دهید";
    upgrade_hi: Paywall, "अब अपग्रेड करें";
    upgrade_ur: Paywall, "اب اپ گریڈ کریں";
    upgrade_ta: Paywall, "இப்போதே மேம்படுத்தவும்";
    upgrade_th: Paywall, "อัปเกรดตอนนี้";
    upgrade_az: Paywall, "İndi planı yüksəldin";
    already_az: Paywall, "Artıq üzvsünüz? Daxil olun";
    login_eo: Paywall, "Ensalutu";
    login_mn: Paywall, "Нэвтрэх";
    login_ur: Paywall, "سائن ان کریں";
    login_hi: Paywall, "साइन इन करें";
    login_lt: Paywall, "Prisijunkite";
    login_th: Paywall, "เข้าสู่ระบบ";
    already_lv: Paywall, "Vai jau esat dalībnieks?";
    already_ur: Paywall, "پہلے ہی رکن ہیں؟";
    already_fa: Paywall, "عضو هستید؟";
    already_vi: Paywall, "Bạn đã là thành viên? Đăng nhập";
    already_id: Paywall, "Sudah berlangganan? Masuk di sini";
}

kept! {
    already_vi_sentence: "Ông đã là thành viên của đảng từ năm 1990.";
    already_id_sentence: "Ia sudah menjadi anggota dewan sejak 2009.";
    already_lv_sentence: "Vai jau esat dalībnieks, jautāja tiesnesis, un liecinieks klusēja.";
    upgrade_sw_sentence: "Serikali itaboresha sasa barabara za vijijini kabla ya mvua.";
}

removed! {
    closed_zh: Comment, "评论已关闭";
    closed_zh_hant: Comment, "留言功能已停用。";
    closed_ja: Comment, "コメントは受け付けていません。";
    closed_ja_disabled: Comment, "コメント機能が無効になりました";
    closed_ko: Comment, "댓글이 비활성화되었습니다.";
    closed_vi: Comment, "Bình luận đã bị đóng.";
    closed_id: Comment, "Komentar telah ditutup.";
    closed_ar: Comment, "التعليقات مغلقة";
    closed_he: Comment, "התגובות סגורות לכתבה זו";
    closed_hi: Comment, "टिप्पणियां बंद हैं";
    cannot_zh: Comment, "您无法在此刊物发表评论。";
    cannot_zh_hant: Comment, "您無法在此刊物留言。";
    cannot_ko: Comment, "이 사이트에서는 댓글을 작성할 수 없어요.";
    cannot_vi: Comment, "Bạn không thể bình luận trên trang web này.";
    cannot_fa: Comment, "شما نمی‌توانید در این نشریه دیدگاه بگذارید.";
    cannot_ar: Comment, "لا يمكنك التعليق على هذا المقال";
}

kept! {
    closed_zh_sentence: "该平台的评论功能已关闭三天，用户对此表示不满。";
    closed_id_sentence: "Komentar telah ditutup oleh pengelola situs setelah banjir ujaran kebencian, kata polisi.";
    cannot_vi_sentence: "Bộ trưởng nói bạn không thể bình luận về một vụ án đang điều tra.";
    closed_ja_sentence: "同社によると、コメント機能が無効になった原因は現在調査中だという。";
}

removed! {
    cancel_reply_zh: Comment, "取消回复";
    cancel_reply_ja: Comment, "返信をキャンセル";
    cancel_reply_ko: Comment, "답글 취소";
    cancel_reply_vi: Comment, "Hủy trả lời";
    cancel_reply_fa: Comment, "لغو پاسخ";
    cancel_reply_he: Comment, "ביטול תגובה";
    cancel_reply_hi: Comment, "जवाब रद्द करें";
    cancel_reply_sl: Comment, "Prekliči odgovor";
    cancel_reply_ca: Comment, "Cancel·la la resposta";
    cancel_reply_et: Comment, "Tühista vastus";
    discussion_zh: Comment, "参与讨论";
    discussion_ja: Comment, "ディスカッションに参加しよう";
    discussion_ko: Comment, "토론에 참여하세요";
    discussion_vi: Comment, "Tham gia thảo luận";
    discussion_id: Comment, "Ikuti diskusi";
    discussion_fa: Comment, "به گفت‌وگو بپیوندید";
    discussion_fa_start: Comment, "گفت‌وگو را شروع کنید";
    discussion_ar: Comment, "انضم إلى النقاش";
    discussion_he: Comment, "הצטרפו לדיון";
    discussion_hi: Comment, "चर्चा में शामिल हों";
    discussion_hr: Comment, "Pridružite se raspravi";
}

kept! {
    discussion_zh_sentence: "多个党派参与讨论了新的预算方案，会议持续到深夜。";
    discussion_id_sentence: "Warga diminta ikuti diskusi publik soal tata ruang kota di balai desa pekan depan.";
    discussion_hr_sentence: "Ministri će se pridružiti raspravi o proračunu sljedeći tjedan.";
    cancel_reply_vi_sentence: "Bộ trưởng đã hủy trả lời phỏng vấn vào phút chót.";
}

removed! {
    more_replies_ru: Comment, "Показать ещё ответы";
    more_replies_uk: Comment, "Показати ще 3 відповіді";
    more_replies_tr: Comment, "Daha fazla cevap oku";
    more_replies_vi: Comment, "Đọc thêm trả lời";
    more_replies_id: Comment, "Lihat balasan lainnya";
    more_replies_fi: Comment, "Näytä lisää vastauksia";
    more_replies_sv: Comment, "Visa fler svar";
    more_replies_cs: Comment, "Zobrazit další odpovědi";
    more_replies_el: Comment, "Δείτε περισσότερες απαντήσεις";
    more_replies_fa: Comment, "خواندن پاسخ‌های بیشتر";
    more_replies_ar: Comment, "عرض المزيد من الردود";
    more_replies_he: Comment, "הצג עוד תגובות";
    more_replies_hi: Comment, "और जवाब देखें";
    more_replies_zh_hant: Comment, "閱讀更多回覆";
    more_replies_zh_hans: Comment, "查看更多评论";
    more_replies_ja: Comment, "返信をさらに表示";
    more_replies_ko: Comment, "답글 더 보기";
}

kept! {
    more_replies_ru_subhead: "Все ответы министра";
    more_replies_tr_sentence: "Daha fazla cevap bekliyoruz";
    more_replies_id_sentence: "Komentar lainnya datang dari ketua dewan kota dan para pedagang pasar.";
    more_replies_sv_sentence: "Visa fler svar än du får, sa hon till eleverna.";
}

removed! {
    comment_en_leave: Comment, "Leave your comment below";
    comment_en_count: Comment, "12 Comments";
    comment_en_closed: Comment, "Comments are closed.";
    comment_en_join: Comment, "Join the conversation";
    comment_de_schreiben: Comment, "Schreiben Sie einen Kommentar";
    comment_de_count: Comment, "7 Kommentare";
    comment_de_reply_button: Comment, "Antworten";
    comment_en_count_call: Comment, "[ 8 comments – join the discussion ]";
    comment_de_count_call: Comment, "12 Kommentare - jetzt mitdiskutieren";
    comment_fr_count_call: Comment, "5 commentaires : réagissez à cet article";
    comment_en_responses_to_title: Comment, "12 Responses to “Fixing the old pier”";
    comment_en_one_thought_on_title: Comment, "One thought on “Bread at home”";
    comment_de_gedanken_zu_title: Comment, "5 Gedanken zu „Brot backen im Winter“";
    comment_fr_reponses_a_title: Comment, "3 réponses à « Le pain du dimanche »";
    comment_es_respuestas_a_title: Comment, "4 respuestas a “El pan de cada día”";
    comment_en_feedback: Comment, "Was this article helpful?";
    comment_en_feedback_find: Comment, "Did you find this page useful?";
    comment_de_feedback: Comment, "War der Artikel nützlich?";
    comment_fr_feedback: Comment, "Cet article vous a-t-il été utile ?";
    comment_es_feedback: Comment, "¿Te ha resultado útil este artículo?";
    comment_it_feedback: Comment, "Questo articolo ti è stato utile?";
    comment_nl_feedback: Comment, "Was dit artikel nuttig?";
    comment_de_none: Comment, "Noch keine Kommentare";
    comment_de_deaktiviert: Comment, "Kommentarfunktion deaktiviert";
    comment_fr_laissez: Comment, "Laissez une réponse";
    comment_fr_count: Comment, "3 commentaires";
    comment_es_deja: Comment, "Deja tu comentario";
    comment_es_none: Comment, "No hay comentarios todavía";
    comment_it_lascia: Comment, "Lascia un commento";
    comment_nl_reactie: Comment, "Plaats een reactie";
    comment_pt_deixe: Comment, "Deixe um comentário";
    comment_pl_dodaj: Comment, "Dodaj swój komentarz";
    comment_sv_lamna: Comment, "Lämna en kommentar";
    comment_da_skriv: Comment, "Skriv en kommentar";
    comment_no_legg: Comment, "Legg igjen en kommentar";
    comment_fi_jata: Comment, "Jätä kommentti";
    comment_cs_pridat: Comment, "Přidejte komentář";
    comment_hu_szolj: Comment, "Szólj hozzá";
    comment_ro_lasa: Comment, "Lasă un comentariu";
    comment_ru_leave: Comment, "Оставьте свой комментарий";
    comment_uk_leave: Comment, "Залиште коментар";
    comment_tr_yorum: Comment, "Yorum yaz";
    comment_el_leave: Comment, "Αφήστε ένα σχόλιο";
    comment_ar_leave: Comment, "اترك تعليقا";
    comment_ja_post: Comment, "コメントを書く";
    comment_zh_post: Comment, "发表评论";
    newsletter_en_free_first_table: Newsletter, "Receive free Climate updates";
}

removed! {
    newsletter_en_signup: Newsletter, "Sign up for our daily briefing, delivered to your inbox";
    newsletter_en_subscribe: Newsletter, "Subscribe to our weekly newsletter";
    newsletter_en_stay: Newsletter, "Stay informed with free updates";
    newsletter_de_kostenlos: Newsletter, "Erhalten Sie kostenlose Updates zum Thema Energie";
    newsletter_de_abonnieren: Newsletter, "Jetzt den Newsletter abonnieren";
    newsletter_fr_recevez: Newsletter, "Recevez gratuitement nos alertes sur la politique";
    newsletter_es_reciba: Newsletter, "Reciba actualizaciones gratuitas sobre economía";
    newsletter_it_ricevi: Newsletter, "Ricevi aggiornamenti gratuiti sulla scuola";
    newsletter_nl_ontvang: Newsletter, "Ontvang gratis updates over sport";
    newsletter_pt_receba: Newsletter, "Receba atualizações gratuitas sobre saúde";
    newsletter_pl_otrzymuj: Newsletter, "Otrzymuj bezpłatne aktualizacje o gospodarce";
    newsletter_sv_fa: Newsletter, "Få gratis uppdateringar om vädret";
    newsletter_da_fa: Newsletter, "Få gratis opdateringer om valget";
    newsletter_fi_tilaa: Newsletter, "Tilaa uutiskirjeemme";
    newsletter_cs_odebirejte: Newsletter, "Odebírejte bezplatné novinky";
    newsletter_hu_iratkozzon: Newsletter, "Iratkozzon fel hírlevelünkre";
    newsletter_ro_primiti: Newsletter, "Primiți actualizări gratuite despre sănătate";
    newsletter_ru_subscribe: Newsletter, "Подпишитесь на нашу еженедельную рассылку";
    newsletter_tr_bulten: Newsletter, "Bültenimize abone olun";
    newsletter_el_free: Newsletter, "Λάβετε δωρεάν ενημερώσεις";
    consent_button_eu: Consent, "Onartu denak";
    consent_button_is: Consent, "Hafna öllu";
    consent_settings_ka: Consent, "პარამეტრების შეცვლა";
    consent_settings_id: Consent, "Ubah pengaturan";
    paywall_already_hi: Paywall, "क्या आप पहले से सदस्य हैं?";
    paywall_upgrade_th: Paywall, "อัพเกรดวันนี้";
    paywall_paid_member_id: Paywall, "Jadilah anggota berbayar untuk membaca semua artikel.";
    comment_sw_write: Comment, "Andika maoni yako";
    comment_th_count: Comment, "12 ความคิดเห็น";
    comment_sl_join: Comment, "Sodelujte v razpravi";
    comment_kk_reply: Comment, "Жауап";
    newsletter_pt_email_field: Newsletter, "Informe seu endereço de e-mail";
    newsletter_vi_email_field: Newsletter, "Địa chỉ email nhận tin";
    newsletter_zh_check_mailbox: Newsletter, "请查看您的邮箱";
    comment_byline_posted_en: Comment, "Posted by: Harbourwatcher at March 4, 2021 6:12 PM";
    comment_byline_posted_bar: Comment, "Posted by: Lena K. | April 9, 2019 at 08:40 AM";
    comment_byline_posted_permalink: Comment, "Posted May 2, 2020 at 11:05 pm | Permalink";
    comment_byline_de: Comment, "Geschrieben von Ferryfan am 12.03.2021 um 18:40";
    comment_byline_fr: Comment, "Publié par Marc le 3 mai 2019 à 21:14";
    comment_byline_said: Comment, "On June 2, 2018 at 4:20 pm Tomás Ruiz said:";
    comment_byline_dash: Comment, "Olga Brandt — June 2nd, 2018, 4:20 pm";
    comment_byline_says_dated: Comment, "14. Aug, 2019 / Pia Lund says:";
    site_tag_de: SiteTag, "ttn-de-58";
    site_tag_en: SiteTag, "nwz-en-1024";
    site_tag_underscore: SiteTag, "abc_fr_7";
}

kept! {
    body_en_count_then_sentence: "3 comments: the minister said she would resign.";
    body_en_responses_to_quote_sentence: "12 responses to “the survey” were received by Friday.";
    body_en_thoughts_on_play_heading: "Three thoughts on “Hamlet”";
    body_en_helpful_question_sentence: "Was this article helpful to the court, the judge asked.";
    body_de_nuetzlich_sentence: "War der Artikel nützlich für die Ermittler, fragte der Richter.";
    body_en_deposition_heading: "Deposition transcripts";
    body_en_intelligence_heading: "Artificial intelligence and jobs";
    body_en_deposits_heading: "Section 4: Checks and deposits";
    body_en_comments_question: "Do you ever read the comments?";
    body_de_kommentare_question: "Liest der Minister die Kommentare?";
    body_de_gespraeche_heading: "Neue Gespräche über den Hafen";
    body_nl_gesprekken_heading: "Gesprekken over de haven mislukt";
    body_en_newsletter_question: "Who wrote the newsletter?";
    body_de_antwort_label: "Antwort:";
    body_de_kommentar: "Die Kommentare des Ministers wurden in sozialen Netzwerken geteilt und heftig kritisiert.";
    body_de_kein_kommentar: "Das Unternehmen wollte den Bericht auf Anfrage nicht kommentieren.";
    body_de_updates: "Die Updates für das Betriebssystem sollen im Herbst erscheinen, teilte der Hersteller mit.";
    body_en_comment: "The ministry declined to comment on the report when asked on Tuesday.";
    body_en_free_updates: "The company said older phones would keep receiving free security updates until 2027.";
    body_en_newsletter: "Her newsletter, which she started in 2019, now has more than 40,000 readers.";
    body_en_subscribe: "Readers who subscribe before March get a discount, the publisher said in a statement.";
    body_fr_commentaire: "Le ministre n'a fait aucun commentaire sur les chiffres publiés lundi.";
    body_es_comentario: "El portavoz no quiso hacer ningún comentario sobre la investigación en curso.";
    body_ru_comment: "Представитель компании отказался от комментариев по поводу сделки.";
    body_tag_in_sentence: "The code ttn-de-58 appeared in the leaked documents, investigators said.";
    body_covid: "COVID-19";
    body_en_accept: "The government said it would accept the offer if the unions agreed to the terms by Friday.";
    body_de_einstellungen: "Die Einstellungen der Bevölkerung zur Rente haben sich in den letzten Jahren stark verändert.";
    body_en_member: "She has been a member of the city council since 2019 and chairs its finance committee.";
    subhead_nl_komende: "De komende dagen";
    subhead_de_debatte: "Die Debatte im Bundestag";
    subhead_de_antworten: "Neue Antworten aus Berlin";
    body_en_email_address: "Investigators traced the e-mail address to a server in another country, the police said.";
    body_en_posted_by: "The video was posted by a passenger on the ferry at 6:12 pm on Tuesday.";
    body_en_said_colon: "On Tuesday at 10:30, the harbour master said:";
    body_en_said_colon_no_time: "On 4 March 2021 the minister said:";
    body_de_geschrieben: "Der Brief wurde von der Bürgermeisterin am 12. März 2021 um 18:40 Uhr geschrieben.";
    body_en_dateline: "The council met in 2019 - and again at 9:30 on Monday - to discuss the ferry.";
    subhead_en_departure: "Ferry left Dover harbour on May 3, 2019 at 9:14 pm";
    article_timestamp_is_no_comment_byline: "November 3, 2019 at 9:45 am";
    body_en_says_colon: "In 2019 the harbour master - a careful man - says:";
}

// Comment nouns, counts and reply buttons in languages the families above
// left out: Azerbaijani, Armenian, Malay, Urdu; reply in Belarusian,
// Bengali, Danish, Hindi, Marathi, Nepali, Tamil, Tagalog, Uzbek, Welsh.
removed! {
    comment_az_nouns: Comment, "Şərhlər";
    comment_az_count: Comment, "3 şərh";
    comment_az_add: Comment, "Şərh əlavə et";
    comment_hy_nouns: Comment, "Մեկնաբանություններ";
    comment_hy_leave: Comment, "Թողնել մեկնաբանություն";
    comment_ms_noun: Comment, "Komen";
    comment_ms_leave: Comment, "Tinggalkan komen";
    comment_ur_nouns: Comment, "تبصرے";
    comment_ur_do: Comment, "تبصرہ کریں";
    comment_az_reply: Comment, "Cavab ver";
    comment_be_reply: Comment, "Адказаць";
    comment_bn_reply: Comment, "উত্তর দিন";
    comment_da_reply: Comment, "Besvar";
    comment_hi_reply: Comment, "जवाब दें";
    comment_hy_reply: Comment, "Պատասխանել";
    comment_mr_reply: Comment, "उत्तर द्या";
    comment_ne_reply: Comment, "जवाफ दिनुहोस्";
    comment_ta_reply: Comment, "பதிலளி";
    comment_tl_reply: Comment, "Tumugon";
    comment_ur_reply: Comment, "جواب دیں";
    comment_uz_reply: Comment, "Javob berish";
    comment_cy_reply: Comment, "Ateb";
}

kept! {
    // The comment stems are whole words or long enough not to stand
    // inside other words: a German price rise once read as "serh".
    comment_de_kept_preiserhoehung: "Preiserhöhungen für Fahrräder 2022";
    comment_pl_kept_komenda: "Komenda Główna Policji";
    comment_nl_kept_komen: "Ze komen morgen terug";
    comment_de_kept_ausserhalb: "Außerhalb der Stadt";
    comment_de_kept_wasserhaushalt: "Wasserhaushalt";
    comment_ms_kept_sentence: "Menteri itu enggan memberi komen lanjut mengenai perkara tersebut.";
    comment_az_kept_sentence: "Nazir bu barədə şərh verməkdən imtina etdi.";
    comment_da_kept_sentence: "Ministeren vil besvare spørgsmålet i Folketinget på tirsdag.";
}
