/**
 * Built-in buyer-facing reply templates, French (vouvoiement).
 * Written afresh for this project (the seeds only supplied the facts).
 * Only the variables in TEMPLATE_VARIABLES may appear; each template opens with a
 * greeting to {{buyerFirstName}} and ends with {{signature}} on its own line.
 * Sentences avoid gendered agreements with the buyer (no "informé(e)") and with
 * {{items}}, which may hold one product or several.
 */
import type { LanguageLibrary } from '../scenarios';

export default {
  'order.thanks': `Bonjour {{buyerFirstName}},

Merci beaucoup pour votre commande {{orderId}} chez {{storeName}} ! Nous la préparons dès maintenant et l'expédierons dans les meilleurs délais ; vous recevrez le numéro de suivi dès son départ.

Après l'expédition, la livraison prend généralement jusqu'à {{deliveryDays}} jours. Pour éviter tout contretemps, pourriez-vous vérifier que l'adresse et le numéro de téléphone indiqués dans la commande sont corrects ? Si quelque chose doit être modifié, prévenez-nous ici avant l'envoi.

Bien cordialement,
{{signature}}`,

  'order.remark_ack': `Bonjour {{buyerFirstName}},

Merci pour votre message. Nous avons bien pris en compte la remarque laissée sur votre commande {{orderId}} et l'avons transmise à notre entrepôt, afin que la préparation respecte votre demande.

Si, pour une raison quelconque, nous ne pouvions pas y donner suite (par exemple si la couleur ou le modèle choisi n'est plus disponible), nous vous préviendrons avant l'expédition pour trouver ensemble la meilleure solution.

Bien cordialement,
{{signature}}`,

  'ship.notice': `Bonjour {{buyerFirstName}},

Bonne nouvelle : votre commande {{orderId}} vient d'être expédiée avec le transporteur {{carrier}}.

Numéro de suivi : {{trackingNumber}}
Suivre le colis : {{trackingUrl}}

Les informations de suivi peuvent mettre 1 à 2 jours ouvrés à s'afficher. La livraison prend généralement jusqu'à {{deliveryDays}} jours ; nous suivons le colis de près et vous préviendrons en cas de retard.

Bien cordialement,
{{signature}}`,

  'ship.split': `Bonjour {{buyerFirstName}},

En raison des limites de poids et de dimensions à l'envoi, votre commande {{orderId}} a été répartie en plusieurs colis, tous expédiés avec le transporteur {{carrier}}.

Numéros de suivi : {{trackingNumber}}
Suivre les colis : {{trackingUrl}}

Les colis voyagent séparément et peuvent arriver à des dates différentes. Nous vous conseillons donc de confirmer la réception seulement lorsque vous les aurez tous reçus. S'il vous semble qu'il manque quelque chose, écrivez-nous.

Bien cordialement,
{{signature}}`,

  'ship.delay_promo': `Bonjour {{buyerFirstName}},

Merci pour votre commande {{orderId}} et pour votre patience. Pendant les grandes promotions comme le 11.11, nous recevons beaucoup plus de commandes que d'habitude, ce qui allonge un peu les délais de préparation et d'expédition.

Toute notre équipe fait le maximum pour expédier votre colis au plus vite, et nous vous enverrons le numéro de suivi dès son départ.

Merci de votre compréhension !

Bien cordialement,
{{signature}}`,

  'ship.out_of_stock': `Bonjour {{buyerFirstName}},

Nous sommes désolés : nous sommes actuellement en rupture de stock pour {{items}} (commande {{orderId}}). Le réapprovisionnement est prévu d'ici 2 à 3 semaines environ.

Préférez-vous recevoir un remboursement intégral dès maintenant, ou attendre le nouveau stock ? Dans ce cas, nous expédierons votre commande dès son arrivée et vous enverrons le numéro de suivi.

Il vous suffit de nous répondre ici avec l'option qui vous convient le mieux.

Bien cordialement,
{{signature}}`,

  'logistics.no_update_just_shipped': `Bonjour {{buyerFirstName}},

Votre commande {{orderId}} a été remise récemment à l'entrepôt du transporteur {{carrier}}, qui est en train de traiter le colis. C'est pourquoi le suivi n'affiche encore aucune information : c'est tout à fait normal dans les premiers jours après l'expédition.

Numéro de suivi : {{trackingNumber}}
Suivre le colis : {{trackingUrl}}

Les premières mises à jour devraient apparaître d'ici quelques jours ouvrés. De notre côté, nous gardons un œil sur le suivi et vous préviendrons si nous constatons le moindre problème.

Bien cordialement,
{{signature}}`,

  'logistics.in_transit': `Bonjour {{buyerFirstName}},

Nous avons vérifié le suivi de votre commande {{orderId}} : le colis est bien en cours d'acheminement avec le transporteur {{carrier}}.

Numéro de suivi : {{trackingNumber}}
Suivre le colis : {{trackingUrl}}

Pendant les grandes périodes de promotion, le transport international peut prendre 2 à 3 semaines de plus que d'habitude. Nous sommes désolés pour cette attente ; nous continuons à suivre le colis et reviendrons vers vous dès qu'il y aura du nouveau.

Bien cordialement,
{{signature}}`,

  'logistics.at_customs': `Bonjour {{buyerFirstName}},

Voici des nouvelles de votre commande {{orderId}} : d'après le suivi, le colis est arrivé à la douane de votre pays. Une fois dédouané, il sera remis au transporteur local pour la livraison.

Numéro de suivi : {{trackingNumber}}
Suivre le colis : {{trackingUrl}}

Nous sommes désolés que l'acheminement prenne un peu plus de temps que d'habitude. Si la douane ou le transporteur vous demande des informations, prévenez-nous : nous vous fournirons les documents de la commande.

Bien cordialement,
{{signature}}`,

  'logistics.customs_detained': `Bonjour {{buyerFirstName}},

Nous sommes désolés pour ce contretemps. D'après le suivi de votre commande {{orderId}}, le colis est retenu par la douane de votre pays, et le dédouanement doit être effectué par le destinataire.

Nous vous invitons à contacter la douane ou le transporteur local en indiquant le numéro de suivi {{trackingNumber}}. Ils vous indiqueront les documents à fournir ainsi que les éventuels droits et taxes, qui sont fixés par votre pays.

Si vous avez besoin d'un justificatif d'achat, comme une facture commerciale, il suffit de nous le demander.

Bien cordialement,
{{signature}}`,

  'logistics.returned_by_customs': `Bonjour {{buyerFirstName}},

Nous vous prions de nous excuser pour ce désagrément. Nous venons d'apprendre que la douane n'a pas laissé passer le colis de votre commande {{orderId}}, qui nous a été renvoyé. Cela peut arriver avec certains produits, notamment ceux qui contiennent une batterie (comme les batteries externes), soumis à des règles plus strictes dans le transport international.

Nous allons procéder au remboursement de {{refundAmount}}. Une fois le remboursement traité par AliExpress, le montant peut mettre quelques jours ouvrés à apparaître, selon votre banque.

Merci de votre compréhension, et au plaisir de vous servir à nouveau.

Bien cordialement,
{{signature}}`,

  'logistics.stalled_abroad': `Bonjour {{buyerFirstName}},

Nous sommes désolés pour cette attente. Le colis de votre commande {{orderId}} est bien arrivé dans votre pays, mais le suivi n'a pas été mis à jour depuis un moment : c'est fréquent une fois que le colis est pris en charge par la poste locale.

Pour plus de sérénité, nous avons prolongé le délai de protection de votre commande : votre achat reste ainsi protégé en attendant la livraison.

Nous vous conseillons de contacter votre bureau de poste ou le transporteur local avec le numéro de suivi {{trackingNumber}} pour localiser le colis. S'il reste introuvable, écrivez-nous et nous chercherons une solution.

Bien cordialement,
{{signature}}`,

  'logistics.at_post_office': `Bonjour {{buyerFirstName}},

Bonne nouvelle : d'après le suivi, le colis de votre commande {{orderId}} vous attend à votre bureau de poste ou en point relais.

Numéro de suivi : {{trackingNumber}}
Suivre le colis : {{trackingUrl}}

Pensez à vérifier si un avis de passage a été laissé, et munissez-vous du numéro de suivi et d'une pièce d'identité pour le retirer. Les colis ne sont conservés que pendant une durée limitée avant d'être renvoyés à l'expéditeur : nous vous conseillons donc de le récupérer rapidement.

Bien cordialement,
{{signature}}`,

  'logistics.delivered_not_received': `Bonjour {{buyerFirstName}},

Nous sommes désolés pour cette situation. Le suivi de votre commande {{orderId}} indique que le colis a été livré, mais nous comprenons qu'il ne vous est pas parvenu.

Il arrive qu'un colis soit remis à un voisin, au gardien ou déposé en point relais : cela vaut la peine de vérifier. Sinon, contactez votre bureau de poste ou le transporteur local avec le numéro de suivi {{trackingNumber}} pour obtenir le détail de la livraison.

De notre côté, nous allons vérifier auprès du transporteur {{carrier}} et pouvons vous fournir la preuve d'expédition si nécessaire. Tenez-nous au courant de ce que vous apprendrez.

Bien cordialement,
{{signature}}`,

  'logistics.carrier_changed': `Bonjour {{buyerFirstName}},

Nous aurions dû vous prévenir plus tôt et nous vous prions de nous en excuser : votre commande {{orderId}} a été expédiée avec le transporteur {{carrier}}, et non avec le mode de livraison choisi lors de l'achat. Nous avons fait ce choix car c'était, à ce moment-là, l'option la plus rapide et la plus fiable pour votre adresse.

Nouveau numéro de suivi : {{trackingNumber}}
Suivre le colis : {{trackingUrl}}

À l'avenir, nous vous demanderons votre accord avant tout changement. Nous continuons à suivre le colis et restons à votre disposition.

Bien cordialement,
{{signature}}`,

  'logistics.over_40_days': `Bonjour {{buyerFirstName}},

Nous sommes vraiment désolés que votre commande {{orderId}} ne soit toujours pas arrivée. Pour les envois internationaux, il est fréquent que le suivi ne soit plus mis à jour une fois le colis arrivé dans le pays de destination.

Pourriez-vous contacter votre bureau de poste ou le transporteur local avec le numéro de suivi {{trackingNumber}}, afin de vérifier si le colis se trouve dans une agence ou un centre de tri ?

S'il reste introuvable, faites-le-nous savoir : nous vous proposerons un nouvel envoi ou un remboursement, selon votre préférence.

Bien cordialement,
{{signature}}`,

  'quality.not_as_described': `Bonjour {{buyerFirstName}},

Nous sommes désolés que ce que vous avez reçu dans votre commande {{orderId}} ({{items}}) ne corresponde pas à la description.

Afin de vérifier avec notre entrepôt, pourriez-vous nous envoyer quelques photos qui montrent la différence (par exemple l'étiquette de taille, la couleur ou l'emballage) ?

Dès que nous les aurons examinées, nous vous proposerons une solution, comme un échange ou un remboursement partiel. Merci pour votre patience et votre aide.

Bien cordialement,
{{signature}}`,

  'quality.not_working': `Bonjour {{buyerFirstName}},

Nous sommes désolés du problème rencontré avec le produit de votre commande {{orderId}} ({{items}}).

Pour bien comprendre ce qui se passe, pourriez-vous filmer une courte vidéo qui montre le dysfonctionnement, ou nous envoyer quelques photos ? Si le fichier est volumineux, un lien YouTube ou Google Drive envoyé ici fera très bien l'affaire.

Notre équipe technique l'examinera ; il s'agit parfois d'un simple réglage que nous pouvons vous expliquer rapidement. S'il y a bien un défaut, nous trouverons une solution avec vous.

Bien cordialement,
{{signature}}`,

  'quality.damaged': `Bonjour {{buyerFirstName}},

Nous sommes désolés que votre commande {{orderId}} soit arrivée endommagée. Nous contrôlons les articles avant l'envoi ; les dégâts se sont donc probablement produits pendant le transport.

Pourriez-vous nous envoyer des photos de l'article abîmé ainsi que de l'emballage extérieur (carton ou enveloppe, avec l'étiquette visible) ? Elles nous sont nécessaires pour vérifier ce qui s'est passé avec le transporteur.

Dès réception des photos, nous trouverons une solution pour vous.

Bien cordialement,
{{signature}}`,

  'quality.short_shipment': `Bonjour {{buyerFirstName}},

Nous sommes désolés qu'il manque quelque chose dans votre commande {{orderId}}.

Afin de vérifier avec notre entrepôt, pourriez-vous nous envoyer une photo de tout ce que contenait le colis, avec l'emballage et l'étiquette d'expédition ?

Si le manque est confirmé, nous vous enverrons ce qui manque ou, si vous le préférez, nous l'ajouterons à votre prochaine commande. Merci de votre compréhension.

Bien cordialement,
{{signature}}`,

  'quality.fake_claim': `Bonjour {{buyerFirstName}},

Merci de nous avoir fait part de vos doutes ; nous comprenons qu'il est important de recevoir un produit authentique. Les produits de notre boutique proviennent de fournisseurs autorisés, et nous pouvons vous envoyer les documents d'autorisation de la marque.

Afin d'examiner votre cas, pourriez-vous nous envoyer des photos de ce qui vous a semblé suspect sur l'article de la commande {{orderId}} (logo, étiquette, numéro de série ou emballage) ?

Nous vérifierons attentivement et vous répondrons dans les meilleurs délais.

Bien cordialement,
{{signature}}`,

  'quality.gift_missing': `Bonjour {{buyerFirstName}},

Toutes nos excuses : le cadeau promis n'a pas été ajouté au colis de votre commande {{orderId}}. L'oubli vient de nous, au moment de l'emballage.

Pour nous rattraper, nous pouvons joindre ce cadeau à votre prochaine commande ou vous accorder une réduction sur votre prochain achat. Que préférez-vous ?

Merci de votre compréhension.

Bien cordialement,
{{signature}}`,

  'return.no_reason': `Bonjour {{buyerFirstName}},

Nous sommes désolés que l'article ne vous convienne pas. Nous acceptons le retour de votre commande {{orderId}}.

Merci de remballer l'article en bon état, avec tous ses accessoires, notices et son emballage d'origine, puis de l'envoyer à l'adresse de retour indiquée dans votre demande sur AliExpress. Communiquez-nous ensuite le numéro de suivi du retour.

Le retour n'étant pas lié à un défaut, les frais de renvoi sont à votre charge, sauf si votre commande bénéficie du retour gratuit. Dès réception et vérification de l'article, nous procéderons au remboursement de {{refundAmount}}.

Bien cordialement,
{{signature}}`,

  'refund.timing': `Bonjour {{buyerFirstName}},

Le remboursement de {{refundAmount}} pour votre commande {{orderId}} est en cours. Une fois traité par AliExpress, le montant apparaît généralement sous 3 à 20 jours ouvrés, selon votre banque et votre moyen de paiement.

Si, après 20 jours ouvrés, vous ne le voyez toujours pas sur votre relevé, n'hésitez pas à nous écrire ou à contacter le service client d'AliExpress : nous vous aiderons à vérifier.

Bien cordialement,
{{signature}}`,

  'tariff.explain': `Bonjour {{buyerFirstName}},

Nous comprenons votre surprise et sommes désolés pour ce désagrément. Les droits et taxes d'importation sont fixés par la douane du pays de destination, et non par notre boutique ; selon les règles d'AliExpress, ils sont à la charge de l'acheteur.

Sachez aussi que ni un envoi en plusieurs colis ni une valeur déclarée basse ne permettent de garantir l'absence de frais : la douane peut contrôler n'importe quel colis.

Pour toute question sur votre commande {{orderId}}, nous restons à votre disposition.

Bien cordialement,
{{signature}}`,

  'malicious.post_office_fee': `Bonjour {{buyerFirstName}},

Nous sommes désolés pour ces frais inattendus. L'expédition de votre commande {{orderId}} a été entièrement payée par nos soins, et ce mode d'envoi n'entraîne normalement aucuns frais à la livraison ; il peut s'agir de frais de service facturés par la poste locale.

Pour comprendre ce qui s'est passé, pourriez-vous nous envoyer une photo du reçu ou de la facture, avec le montant et le motif ?

Après vérification, nous reviendrons vers vous au plus vite.

Bien cordialement,
{{signature}}`,

  'malicious.customs_tax': `Bonjour {{buyerFirstName}},

Nous sommes désolés pour ce désagrément. Les droits et taxes d'importation de votre commande {{orderId}} sont fixés par la douane de votre pays et, selon les règles d'AliExpress, ils sont à la charge de l'acheteur.

Nous souhaitons néanmoins examiner votre situation : pourriez-vous nous envoyer une photo du justificatif officiel de paiement, avec le montant et le numéro de suivi {{trackingNumber}} ?

Dès réception, nous verrons ce qui est possible et vous répondrons rapidement.

Bien cordialement,
{{signature}}`,

  'review.thanks': `Bonjour {{buyerFirstName}},

Merci beaucoup pour votre avis sur la commande {{orderId}} ! Nous sommes ravis que votre achat vous plaise 😊

Ce sera un plaisir de vous retrouver : lors de votre prochaine visite, pensez à jeter un œil aux coupons et promotions de {{storeName}}.

À bientôt,
{{signature}}`,

  'review.negative_followup': `Bonjour {{buyerFirstName}},

Nous avons lu votre avis sur la commande {{orderId}} et sommes sincèrement désolés que votre expérience n'ait pas été à la hauteur.

Nous aimerions comprendre ce qui s'est passé afin d'y remédier : pourriez-vous nous donner quelques détails ici et, s'il s'agit d'un problème avec le produit, nous envoyer quelques photos ?

Vos remarques nous aident à nous améliorer, et nous ferons notre possible pour trouver une solution.

Bien cordialement,
{{signature}}`,

  'followup.confirm_receipt': `Bonjour {{buyerFirstName}},

D'après le suivi, votre commande {{orderId}} a été livrée. Tout est bien arrivé ? Nous serions ravis de savoir ce que vous en pensez.

Si quelque chose ne va pas, écrivez-nous avant de confirmer la réception, afin que nous puissions trouver une solution ensemble. Si tout est en ordre, vous pouvez confirmer la réception depuis la page de la commande quand vous le souhaitez.

Bien cordialement,
{{signature}}`,

  'welcome.auto_reply': `Bonjour {{buyerFirstName}},

Bienvenue chez {{storeName}}, et merci pour votre message !

Notre équipe répond de 9 h à 18 h (heure de Pékin). Si vous nous écrivez en dehors de ces horaires, nous vous répondrons dès la reprise du service.

Si votre question concerne une commande, merci d'en indiquer le numéro : nous pourrons ainsi vous répondre plus vite.

À très bientôt,
{{signature}}`,
} satisfies LanguageLibrary;
