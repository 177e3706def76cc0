/**
 * Built-in buyer-facing reply templates, German (Sie form).
 * Only the shipping and customs scenarios (DE_PL_SCENARIOS); other scenarios fall back
 * to the engine's default language. Wording avoids Germany-only terms where a neutral
 * one exists (Lichtbildausweis, Abholstelle), so it also reads well in Austria and Switzerland.
 * Facts match en.ts.
 */
import type { LanguageLibrary } from '../scenarios';

export default {
  'ship.notice': `Hallo {{buyerFirstName}},

gute Nachrichten: Ihre Bestellung {{orderId}} ist mit {{carrier}} unterwegs.

Sendungsnummer: {{trackingNumber}}
Sendungsverfolgung: {{trackingUrl}}

Die Sendungsdaten erscheinen in der Regel innerhalb von 1–2 Werktagen online, die Lieferung dauert normalerweise etwa {{deliveryDays}} Tage. Wir behalten Ihr Paket im Blick und melden uns, falls es zu einer Verzögerung kommt.

Viele Grüße
{{signature}}`,

  'ship.split': `Hallo {{buyerFirstName}},

wegen Größen- und Gewichtsbeschränkungen haben wir Ihre Bestellung {{orderId}} auf mehrere Pakete aufgeteilt und mit {{carrier}} verschickt.

Sendungsnummern: {{trackingNumber}}
Sendungsverfolgung: {{trackingUrl}}

Die Pakete sind getrennt unterwegs und kommen daher möglicherweise nicht am selben Tag an. Bitte bestätigen Sie den Erhalt erst, wenn alle Pakete da sind, und geben Sie uns Bescheid, falls etwas fehlen sollte.

Viele Grüße
{{signature}}`,

  'ship.delay_promo': `Hallo {{buyerFirstName}},

vielen Dank für Ihre Bestellung {{orderId}} und Ihre Geduld. Während der großen Rabattaktion gehen bei uns deutlich mehr Bestellungen ein als sonst, und unser Lagerteam macht Überstunden, um alle Pakete schnell auf den Weg zu bringen.

Ihre Bestellung ist bereits für den Versand eingeplant und wird so bald wie möglich verschickt. Auch die Versanddienstleister sind derzeit stark ausgelastet, daher kann die Lieferung etwas länger dauern als die üblichen {{deliveryDays}} Tage.

Die Sendungsnummer schicken wir Ihnen, sobald das Paket unterwegs ist.

Viele Grüße
{{signature}}`,

  'logistics.no_update_just_shipped': `Hallo {{buyerFirstName}},

vielen Dank für Ihre Nachricht. Ihre Bestellung {{orderId}} wurde an {{carrier}} übergeben, die Sendungsnummer lautet {{trackingNumber}}.

In den ersten Tagen zeigt die Sendungsverfolgung oft noch nichts an, das ist ganz normal: Der erste Eintrag erscheint, sobald das Paket im Sortierzentrum des Versanddienstleisters gescannt wurde. Den Status können Sie hier prüfen: {{trackingUrl}}

Wir verfolgen die Sendung ebenfalls und melden uns sofort, falls etwas nicht stimmt.

Viele Grüße
{{signature}}`,

  'logistics.in_transit': `Hallo {{buyerFirstName}},

danke für Ihre Nachfrage. Ihre Bestellung {{orderId}} ist mit {{carrier}} unterwegs, und laut Sendungsverfolgung läuft alles normal.

Sendungsnummer: {{trackingNumber}}
Sendungsverfolgung: {{trackingUrl}}

Die Lieferung dauert normalerweise etwa {{deliveryDays}} Tage. Nach großen Rabattaktionen haben die Versanddienstleister jedoch enorme Mengen zu bewältigen, sodass es 2–3 Wochen länger dauern kann. Vielen Dank für Ihre Geduld – wir behalten Ihr Paket weiterhin im Blick.

Viele Grüße
{{signature}}`,

  'logistics.at_customs': `Hallo {{buyerFirstName}},

hier der aktuelle Stand zu Ihrer Bestellung {{orderId}}: Das Paket ist in Ihrem Land angekommen und befindet sich jetzt in der Zollabfertigung.

Sendungsnummer: {{trackingNumber}} ({{carrier}})
Sendungsverfolgung: {{trackingUrl}}

Nach der Freigabe durch den Zoll wird es an den örtlichen Zustelldienst übergeben. Falls sich der Zoll mit Fragen bei Ihnen meldet, antworten Sie bitte möglichst schnell, damit sich die Zustellung nicht verzögert. Entschuldigen Sie bitte, dass es etwas länger dauert als gewöhnlich.

Viele Grüße
{{signature}}`,

  'logistics.customs_detained': `Hallo {{buyerFirstName}},

es tut uns leid für die Umstände. Laut Sendungsverfolgung wird das Paket zu Ihrer Bestellung {{orderId}} vom Zoll in Ihrem Land zurückgehalten und wartet auf die Verzollung durch den Empfänger.

Der Zoll gibt das Paket nur an den Empfänger heraus. Bitte wenden Sie sich daher mit der Sendungsnummer {{trackingNumber}} an Ihr zuständiges Zollamt oder an {{carrier}}. Möglicherweise wird ein Kaufnachweis verlangt; diesen finden Sie auf Ihrer Bestellseite.

Wenn Sie von uns Unterlagen benötigen, sagen Sie einfach Bescheid – wir schicken sie Ihnen umgehend.

Viele Grüße
{{signature}}`,

  'logistics.returned_by_customs': `Hallo {{buyerFirstName}},

es tut uns sehr leid: Der Zoll in Ihrem Land hat das Paket zu Ihrer Bestellung {{orderId}} nicht angenommen, es wird an uns zurückgeschickt. Das kommt bei bestimmten Waren vor, etwa bei Artikeln mit Akkus, und liegt leider außerhalb unseres Einflusses.

Wir erstatten Ihnen {{refundAmount}}; Sie müssen dafür nichts tun. Je nach Bank ist das Geld in der Regel innerhalb von 3–20 Werktagen auf Ihrem Konto.

Bitte entschuldigen Sie die Unannehmlichkeiten.

Viele Grüße
{{signature}}`,

  'logistics.stalled_abroad': `Hallo {{buyerFirstName}},

wir haben Ihr Paket zur Bestellung {{orderId}} überprüft: Es ist bereits in Ihrem Land angekommen, die Sendungsverfolgung wurde aber seit einiger Zeit nicht aktualisiert. Das kommt recht häufig vor, sobald ein Paket bei der örtlichen Post ist, da viele Postdienste nicht jeden Schritt online erfassen.

Wir verlängern die Käuferschutzfrist Ihrer Bestellung, damit Sie während des Wartens abgesichert bleiben. Könnten Sie bitte mit der Sendungsnummer {{trackingNumber}} ({{carrier}}) bei Ihrer örtlichen Post anrufen oder vorbeigehen? Dort kann man meist sehen, wo sich das Paket befindet.

Sollte es trotzdem nicht auffindbar sein, schreiben Sie uns bitte – wir finden gemeinsam eine Lösung.

Viele Grüße
{{signature}}`,

  'logistics.at_post_office': `Hallo {{buyerFirstName}},

gute Nachrichten: Ihr Paket zur Bestellung {{orderId}} liegt in Ihrer Postfiliale bzw. Abholstelle für Sie bereit.

Sendungsnummer: {{trackingNumber}}
Sendungsverfolgung: {{trackingUrl}}

Bitte holen Sie es möglichst bald ab und nehmen Sie einen Lichtbildausweis, die Sendungsnummer und gegebenenfalls die Benachrichtigungskarte mit. Pakete werden dort nur begrenzte Zeit aufbewahrt und danach zurückgeschickt.

Viele Grüße
{{signature}}`,

  'logistics.over_40_days': `Hallo {{buyerFirstName}},

es tut uns wirklich leid, dass Ihr Paket zur Bestellung {{orderId}} noch immer nicht angekommen ist. Sobald ein Paket im Zielland ist, aktualisieren manche Postdienste die Sendungsverfolgung nicht mehr; es kann also irgendwo liegen, ohne dass dies angezeigt wird.

Könnten Sie sich bitte mit der Sendungsnummer {{trackingNumber}} an Ihre örtliche Post oder an {{carrier}} wenden und nachfragen, wo es sich befindet?

Falls das Paket nicht gefunden wird, geben Sie uns Bescheid: Wir schicken Ihnen die Bestellung erneut zu oder erstatten Ihnen den Betrag – ganz wie Sie möchten.

Viele Grüße
{{signature}}`,

  'tariff.explain': `Hallo {{buyerFirstName}},

es tut uns leid, dass für Ihre Bestellung {{orderId}} Einfuhrabgaben angefallen sind – wir verstehen, dass das eine unangenehme Überraschung ist.

Zölle und Einfuhrsteuern werden von den Zollbehörden Ihres Landes festgelegt, nicht von uns, und nach den Regeln von AliExpress trägt sie der Käufer. Der Zoll kann jedes Paket prüfen, unabhängig vom angegebenen Warenwert und davon, auf wie viele Pakete eine Bestellung aufgeteilt ist. Daher kann weder das eine noch das andere garantieren, dass keine Abgaben erhoben werden.

Wenn Sie für den Zoll Unterlagen benötigen, etwa die Rechnung, stellen wir sie Ihnen gern zur Verfügung.

Viele Grüße
{{signature}}`,
} satisfies LanguageLibrary;
