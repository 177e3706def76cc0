/**
 * Built-in buyer-facing reply templates, Polish: shipping and customs scenarios only
 * (DE_PL_SCENARIOS). Written afresh for this project (the seeds only supplied the facts).
 * Style: the usual Polish online-shop register, polite "Państwo" forms and impersonal
 * phrasing, so no sentence depends on the buyer's gender.
 * Only the variables in TEMPLATE_VARIABLES may appear; each template opens with a
 * greeting to {{buyerFirstName}} and ends with {{signature}} on its own line.
 */
import type { LanguageLibrary } from '../scenarios';

export default {
  'ship.notice': `Dzień dobry, {{buyerFirstName}}!

Mamy dobrą wiadomość: Państwa zamówienie nr {{orderId}} zostało właśnie wysłane za pośrednictwem przewoźnika {{carrier}}.

Numer przesyłki: {{trackingNumber}}
Śledzenie przesyłki: {{trackingUrl}}

Informacje o przesyłce mogą pojawić się w systemie śledzenia dopiero po 1–2 dniach roboczych. Dostawa trwa zwykle do {{deliveryDays}} dni. Będziemy obserwować przesyłkę i w razie opóźnienia od razu damy znać.

Pozdrawiamy serdecznie,
{{signature}}`,

  'ship.split': `Dzień dobry, {{buyerFirstName}}!

Ze względu na limity wagi i wymiarów przesyłek Państwa zamówienie nr {{orderId}} zostało podzielone na kilka paczek, wysłanych za pośrednictwem przewoźnika {{carrier}}.

Numery przesyłek: {{trackingNumber}}
Śledzenie przesyłek: {{trackingUrl}}

Paczki podróżują osobno i mogą dotrzeć w różnych terminach. Dlatego prosimy o potwierdzenie odbioru zamówienia dopiero wtedy, gdy dotrą wszystkie. Jeśli czegoś będzie brakować, prosimy o wiadomość.

Pozdrawiamy serdecznie,
{{signature}}`,

  'ship.delay_promo': `Dzień dobry, {{buyerFirstName}}!

Dziękujemy za zamówienie nr {{orderId}} i za cierpliwość. W czasie dużych wyprzedaży, takich jak 11.11, otrzymujemy znacznie więcej zamówień niż zwykle, dlatego kompletowanie i wysyłka trwają nieco dłużej.

Cały nasz zespół robi wszystko, aby paczka została nadana jak najszybciej. Numer przesyłki prześlemy zaraz po jej wysłaniu.

Dziękujemy za wyrozumiałość!

Pozdrawiamy serdecznie,
{{signature}}`,

  'logistics.no_update_just_shipped': `Dzień dobry, {{buyerFirstName}}!

Zamówienie nr {{orderId}} zostało niedawno przekazane do magazynu przewoźnika {{carrier}}, gdzie paczka jest obecnie przetwarzana. Dlatego w systemie śledzenia nie ma jeszcze żadnych informacji – to normalne w pierwszych dniach po nadaniu.

Numer przesyłki: {{trackingNumber}}
Śledzenie przesyłki: {{trackingUrl}}

Pierwsze aktualizacje powinny pojawić się w ciągu kilku dni roboczych. My również obserwujemy przesyłkę i damy znać, jeśli zauważymy jakikolwiek problem.

Z pozdrowieniami,
{{signature}}`,

  'logistics.in_transit': `Dzień dobry, {{buyerFirstName}}!

Sprawdziliśmy status zamówienia nr {{orderId}}: paczka jest w drodze, a przewozi ją {{carrier}}.

Numer przesyłki: {{trackingNumber}}
Śledzenie przesyłki: {{trackingUrl}}

W okresie dużych wyprzedaży transport międzynarodowy może trwać o 2–3 tygodnie dłużej niż zwykle. Przepraszamy za dłuższe oczekiwanie – nadal śledzimy przesyłkę i odezwiemy się, gdy tylko pojawią się nowe informacje.

Z pozdrowieniami,
{{signature}}`,

  'logistics.at_customs': `Dzień dobry, {{buyerFirstName}}!

Mamy nowe informacje o zamówieniu nr {{orderId}}: według danych śledzenia paczka dotarła do urzędu celnego w Państwa kraju. Po odprawie celnej zostanie przekazana lokalnemu przewoźnikowi do doręczenia.

Numer przesyłki: {{trackingNumber}}
Śledzenie przesyłki: {{trackingUrl}}

Przepraszamy, że dostawa trwa nieco dłużej niż zwykle. Jeśli urząd celny lub przewoźnik poprosi o dodatkowe informacje, prosimy o wiadomość – przekażemy potrzebne dokumenty dotyczące zamówienia.

Z pozdrowieniami,
{{signature}}`,

  'logistics.customs_detained': `Dzień dobry, {{buyerFirstName}}!

Przepraszamy za utrudnienia. Według danych śledzenia paczka z zamówienia nr {{orderId}} została zatrzymana przez urząd celny w Państwa kraju i czeka na odprawę, której musi dokonać odbiorca.

Prosimy o kontakt z urzędem celnym lub lokalnym przewoźnikiem i podanie numeru przesyłki {{trackingNumber}}. Tam uzyskają Państwo informacje o wymaganych dokumentach oraz ewentualnych należnościach celno-podatkowych, które ustala kraj odbiorcy.

Jeśli potrzebne będzie potwierdzenie zakupu, np. faktura handlowa, chętnie je prześlemy.

Z pozdrowieniami,
{{signature}}`,

  'logistics.returned_by_customs': `Dzień dobry, {{buyerFirstName}}!

Bardzo przepraszamy za kłopot. Otrzymaliśmy informację, że paczka z zamówienia nr {{orderId}} nie przeszła odprawy celnej i została do nas odesłana. Zdarza się to w przypadku niektórych produktów, np. zawierających baterie lub akumulatory (takich jak powerbanki), które podlegają surowszym przepisom w transporcie międzynarodowym.

Zwrócimy Państwu kwotę {{refundAmount}}. Po przetworzeniu zwrotu przez AliExpress środki mogą pojawić się na koncie po kilku dniach roboczych, w zależności od banku.

Dziękujemy za wyrozumiałość i mamy nadzieję, że jeszcze będziemy mieć okazję Państwa obsłużyć.

Z pozdrowieniami,
{{signature}}`,

  'logistics.stalled_abroad': `Dzień dobry, {{buyerFirstName}}!

Przepraszamy za długie oczekiwanie. Paczka z zamówienia nr {{orderId}} dotarła już do Państwa kraju, ale od pewnego czasu jej status się nie zmienia – często zdarza się to po przekazaniu przesyłki lokalnej poczcie.

Przedłużyliśmy czas ochrony kupującego dla tego zamówienia, więc zakup pozostaje chroniony do czasu doręczenia.

Prosimy o kontakt z najbliższą placówką pocztową lub lokalnym przewoźnikiem i podanie numeru przesyłki {{trackingNumber}}, aby ustalić, gdzie jest paczka. Jeśli nie uda się jej odnaleźć, prosimy o wiadomość – wspólnie znajdziemy rozwiązanie.

Z pozdrowieniami,
{{signature}}`,

  'logistics.at_post_office': `Dzień dobry, {{buyerFirstName}}!

Dobra wiadomość: według danych śledzenia paczka z zamówienia nr {{orderId}} czeka na odbiór w placówce pocztowej lub w punkcie odbioru.

Numer przesyłki: {{trackingNumber}}
Śledzenie przesyłki: {{trackingUrl}}

Warto sprawdzić, czy w skrzynce nie zostało awizo. Przy odbiorze dobrze mieć przy sobie numer przesyłki i dokument tożsamości. Paczki są przechowywane tylko przez określony czas, a potem wracają do nadawcy, dlatego zachęcamy do jak najszybszego odbioru.

Pozdrawiamy serdecznie,
{{signature}}`,

  'logistics.over_40_days': `Dzień dobry, {{buyerFirstName}}!

Bardzo nam przykro, że zamówienie nr {{orderId}} wciąż nie dotarło. W przypadku przesyłek międzynarodowych status często przestaje się aktualizować, gdy paczka dotrze do kraju docelowego.

Prosimy o kontakt z Pocztą Polską lub lokalnym przewoźnikiem i podanie numeru przesyłki {{trackingNumber}} – pozwoli to sprawdzić, czy paczka nie czeka w placówce lub w sortowni.

Jeśli nie uda się jej odnaleźć, prosimy o informację: wyślemy zamówienie ponownie lub zwrócimy pieniądze – zgodnie z Państwa wyborem.

Z pozdrowieniami,
{{signature}}`,

  'tariff.explain': `Dzień dobry, {{buyerFirstName}}!

Rozumiemy zaskoczenie i przepraszamy za kłopot. Wysokość cła i podatków importowych ustalają przepisy i urząd celny kraju przeznaczenia, a nie nasz sklep; zgodnie z zasadami AliExpress należności te pokrywa kupujący.

Warto też pamiętać, że ani podział zamówienia na kilka paczek, ani niska zadeklarowana wartość nie gwarantują braku opłat – urząd celny może skontrolować każdą przesyłkę.

W razie pytań dotyczących zamówienia nr {{orderId}} jesteśmy do dyspozycji.

Z pozdrowieniami,
{{signature}}`,
} satisfies LanguageLibrary;
