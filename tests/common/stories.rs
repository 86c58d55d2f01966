//! Distinct invented news sentences in German, one per article, for tests
//! that need a corpus of articles that are otherwise different.

/// Distinct body sentences, one per article.
pub const STORIES: [&str; 12] = [
    "Der Rat hat den Haushalt nach langer Debatte mit knapper Mehrheit beschlossen.",
    "Drei Grundschulen bekommen im Herbst neue Turnhallen und größere Pausenhöfe.",
    "Auf der Ringstraße gilt ab Montag nachts ein Tempolimit von dreißig Kilometern.",
    "Nach dem Sturm räumten Helfer bis in den Morgen umgestürzte Bäume von den Gleisen.",
    "Der Verein verlor das Derby vor ausverkauftem Haus mit zwei zu drei Toren.",
    "Das Theater zeigt im Frühjahr eine Oper, die seit hundert Jahren nicht gespielt wurde.",
    "Ermittler suchen Zeugen eines Einbruchs in eine Apotheke am Marktplatz.",
    "Pendler müssen wegen Bauarbeiten drei Wochen lang mit Ersatzbussen fahren.",
    "Im Hafen legte das größte Containerschiff an, das die Stadt je gesehen hat.",
    "Händler klagen über sinkende Umsätze, seit die Innenstadt umgebaut wird.",
    "Die Feuerwehr probt am Samstag den Ernstfall in einem leerstehenden Hochhaus.",
    "Der Zoo freut sich über zwei junge Luchse, die im Mai geboren wurden.",
];
