/**
 * Built-in buyer-facing reply templates, English.
 * Written afresh for this project (the seeds only supplied the facts).
 * Only the variables in TEMPLATE_VARIABLES may appear; each template opens with a
 * greeting to {{buyerFirstName}} and ends with {{signature}} on its own line.
 */
import type { LanguageLibrary } from '../scenarios';

export default {
  'order.thanks': `Hi {{buyerFirstName}},

Thank you for your order {{orderId}} at {{storeName}}! We are preparing it now and will ship it as soon as possible. As soon as it is on its way, we will send you the tracking number.

Delivery usually takes about {{deliveryDays}} days after dispatch. Please take a moment to check that the address and phone number on your order are correct, as the courier may need to call you.

If you have any questions, just reply to this message.

Best regards,
{{signature}}`,

  'order.remark_ack': `Hi {{buyerFirstName}},

Thank you for the note you left with order {{orderId}}. We have read it and passed your request on to our warehouse team, and we will do our best to prepare your order exactly as you asked.

If any part of your request turns out not to be possible, we will tell you before the parcel is shipped, so you can decide what you would like to do.

Best regards,
{{signature}}`,

  'ship.notice': `Hi {{buyerFirstName}},

Good news: your order {{orderId}} has been shipped with {{carrier}}.

Tracking number: {{trackingNumber}}
Track your parcel: {{trackingUrl}}

Tracking information usually appears online within 1–2 business days, and delivery normally takes about {{deliveryDays}} days. We will keep an eye on your parcel and let you know if there is any delay.

Best regards,
{{signature}}`,

  'ship.split': `Hi {{buyerFirstName}},

Because of size and weight limits, your order {{orderId}} has been sent in several parcels with {{carrier}}.

Tracking numbers: {{trackingNumber}}
Track your parcels: {{trackingUrl}}

The parcels travel separately, so they may not arrive on the same day. Please wait until all of them have arrived before confirming receipt, and let us know if anything seems to be missing.

Best regards,
{{signature}}`,

  'ship.delay_promo': `Hi {{buyerFirstName}},

Thank you for your order {{orderId}} and for your patience. During the big sale we have received far more orders than usual, and our warehouse team is working extra hours to get every parcel out.

Your order is in the queue and will be shipped as soon as possible. Carriers are very busy at this time of year too, so delivery may take a little longer than the usual {{deliveryDays}} days.

We will send you the tracking number as soon as your parcel is on its way.

Best regards,
{{signature}}`,

  'ship.out_of_stock': `Hi {{buyerFirstName}},

We are very sorry: the following item from your order {{orderId}} has just sold out in our warehouse: {{items}}.

We can offer you two options:
1. a refund of {{refundAmount}}, or
2. waiting about 2–3 weeks for new stock, after which we will ship your order right away.

Please let us know which you prefer. We apologise for the inconvenience.

Best regards,
{{signature}}`,

  'logistics.no_update_just_shipped': `Hi {{buyerFirstName}},

Thank you for your message. Your order {{orderId}} has been handed over to {{carrier}}, and your tracking number is {{trackingNumber}}.

It is normal for the tracking to show nothing for the first few days: the first update appears once the parcel has been scanned at the carrier's sorting centre. You can follow it here: {{trackingUrl}}

We are watching it too and will let you know if anything goes wrong.

Best regards,
{{signature}}`,

  'logistics.in_transit': `Hi {{buyerFirstName}},

Thank you for checking in. Your order {{orderId}} is on its way with {{carrier}}, and the tracking shows it is moving normally.

Tracking number: {{trackingNumber}}
Track your parcel: {{trackingUrl}}

Delivery usually takes about {{deliveryDays}} days, but after big sales carriers handle huge volumes, and it can take 2–3 weeks longer. Thank you for your patience; we will keep following your parcel.

Best regards,
{{signature}}`,

  'logistics.at_customs': `Hi {{buyerFirstName}},

Here is an update on your order {{orderId}}: your parcel has arrived in your country and is now going through customs.

Tracking number: {{trackingNumber}} ({{carrier}})
Track your parcel: {{trackingUrl}}

Once customs has cleared it, the parcel will be passed to your local delivery service. If customs contacts you for any information, please reply promptly so the parcel is not held up. Sorry that it is taking a little longer than usual.

Best regards,
{{signature}}`,

  'logistics.customs_detained': `Hi {{buyerFirstName}},

We are sorry for the trouble. The tracking for order {{orderId}} shows that your parcel is being held by customs in your country and is waiting for the recipient to clear it.

Only the person it is addressed to can release it, so please contact your local customs office or {{carrier}} with the tracking number {{trackingNumber}}. They may ask for proof of purchase, which you can take from your order page.

If you need any document from us, just tell us and we will send it right away.

Best regards,
{{signature}}`,

  'logistics.returned_by_customs': `Hi {{buyerFirstName}},

We are very sorry: customs in your country did not accept your parcel for order {{orderId}}, and it is being sent back to us. This happens with certain goods, such as items containing batteries, and is unfortunately outside our control.

We will refund {{refundAmount}} to you; you do not need to do anything. Depending on your bank, the money usually reaches your account within 3–20 business days.

We apologise for the disappointment.

Best regards,
{{signature}}`,

  'logistics.stalled_abroad': `Hi {{buyerFirstName}},

We have checked your parcel for order {{orderId}}: it has arrived in your country, but the tracking has not been updated for some time. This is quite common once a parcel is with the local postal service, as many do not report every step online.

We are extending the protection period of your order, so you stay fully covered while you wait. Could you please call or visit your local post office with the tracking number {{trackingNumber}} ({{carrier}})? They can usually see where the parcel is.

If it still cannot be found, write to us and we will sort it out together.

Best regards,
{{signature}}`,

  'logistics.at_post_office': `Hi {{buyerFirstName}},

Good news: your parcel for order {{orderId}} has arrived at your local post office and is waiting for you to collect it.

Tracking number: {{trackingNumber}}
Track your parcel: {{trackingUrl}}

Please pick it up as soon as you can, bringing your ID, the tracking number and any delivery notice you received. Post offices keep parcels only for a limited time before sending them back.

Best regards,
{{signature}}`,

  'logistics.delivered_not_received': `Hi {{buyerFirstName}},

We are sorry to hear that your parcel has not reached you. According to {{carrier}}, order {{orderId}} (tracking number {{trackingNumber}}) was delivered to the address on the order.

Could you please check with your neighbours, your building's reception or mailroom, and your local post office? Parcels are sometimes left with someone else or at a nearby pickup point.

If it still does not turn up, let us know: we will ask the carrier to investigate and can share our shipping proof with you.

Best regards,
{{signature}}`,

  'logistics.carrier_changed': `Hi {{buyerFirstName}},

We apologise for not asking you first: we shipped your order {{orderId}} with {{carrier}} instead of the shipping method you chose. When we shipped it, this service was the faster and more reliable option for your country, and we wanted your parcel to reach you safely.

Your new tracking number is {{trackingNumber}}, and you can follow it here: {{trackingUrl}}

In future we will check with you before changing the carrier.

Best regards,
{{signature}}`,

  'logistics.over_40_days': `Hi {{buyerFirstName}},

We are really sorry that your parcel for order {{orderId}} still has not arrived. Once a parcel reaches the destination country, some postal services stop updating the online tracking, so it may be waiting somewhere without it showing.

Could you please contact your local post office or {{carrier}} with the tracking number {{trackingNumber}} and ask them to look for it?

If they cannot find it, tell us and we will either send your order again or refund you, whichever you prefer.

Best regards,
{{signature}}`,

  'quality.not_as_described': `Hi {{buyerFirstName}},

We are sorry that your order {{orderId}} is not what you expected. We would like to put this right.

So that we can see what went wrong, could you please send us a few photos showing the difference, for example the size label, the colour or the packaging, compared with the product page?

As soon as we have seen them, we will come back to you with a fair solution, such as a replacement or a partial refund.

Best regards,
{{signature}}`,

  'quality.not_working': `Hi {{buyerFirstName}},

We are sorry that the item from order {{orderId}} is not working properly.

To help our technician understand the problem, could you please record a short video showing what happens when you use it? You can upload it to a service such as YouTube or Google Drive and send us the link, or send a few photos if that is easier.

If it turns out to be a setting issue, we will guide you through it step by step; if the item is faulty, we will find a solution for you, such as a replacement or a partial refund.

Best regards,
{{signature}}`,

  'quality.damaged': `Hi {{buyerFirstName}},

We are very sorry that your order {{orderId}} arrived damaged; that is not how it should have reached you.

Could you please send us a few photos of the damaged item and of the outer packaging (the shipping box or bag, with the label visible)? We need both to check what happened with the carrier.

As soon as we receive them, we will come back to you with a solution, such as a replacement or a partial refund.

Best regards,
{{signature}}`,

  'quality.short_shipment': `Hi {{buyerFirstName}},

We are sorry that something is missing from your order {{orderId}}.

Could you please send us a photo of everything you received, together with the packaging and the shipping label? We will check it against our packing records with the warehouse.

Once this is confirmed, we will send you the missing part, or add it to your next order if you prefer, and share the new tracking number with you.

Best regards,
{{signature}}`,

  'quality.fake_claim': `Hi {{buyerFirstName}},

Thank you for raising your concern about order {{orderId}}; we take authenticity very seriously. Our products are sourced from the brand or its authorised distributors, and we are happy to send you our brand authorisation documents.

Could you please tell us what makes you think the item is not genuine, and send a few photos of the logo, labels, serial number and packaging?

We will review everything carefully and reply as soon as possible.

Best regards,
{{signature}}`,

  'quality.gift_missing': `Hi {{buyerFirstName}},

We are sorry: the gift that should have come with order {{orderId}} was left out of your parcel. That was our mistake when packing.

We would like to make it up to you. We can include the gift in your next order or, if you prefer, give you a discount on your next purchase. Please let us know which suits you better.

Best regards,
{{signature}}`,

  'return.no_reason': `Hi {{buyerFirstName}},

We are sorry the item from order {{orderId}} did not suit you; of course you can return it.

Please pack the item with all its accessories, manuals and original packaging, in the condition you received it, and send it to the return address shown in your return request. Please use a tracked service and share the tracking number with us. As the return is not due to a fault, the return shipping is at your cost, unless your order includes free returns.

As soon as we have received and checked the return, we will refund {{refundAmount}}.

Best regards,
{{signature}}`,

  'refund.timing': `Hi {{buyerFirstName}},

Thank you for your patience regarding your refund of {{refundAmount}} for order {{orderId}}.

Once AliExpress has processed a refund, it usually takes 3–20 business days to reach your account, depending on your bank and payment method.

If you still cannot see it after 20 business days, please check your bank or card statement once more and then contact us; we will help you follow it up.

Best regards,
{{signature}}`,

  'tariff.explain': `Hi {{buyerFirstName}},

We are sorry about the import charges on your order {{orderId}}; we understand it is an unwelcome surprise.

Import duties and taxes are set by the customs authority of your country, not by us, and under AliExpress rules they are paid by the buyer. Customs can inspect any parcel, whatever its declared value and however many parcels an order is split into, so neither of these can guarantee that no duty will be charged.

If you need any document for customs, such as the invoice, we will gladly provide it.

Best regards,
{{signature}}`,

  'malicious.post_office_fee': `Hi {{buyerFirstName}},

We are sorry to hear that the post office asked you to pay a fee for order {{orderId}}. We paid the shipping in full, and normally nothing extra is due on delivery; such charges are set by the local post office.

So that we can look into it, could you please send us a photo of the bill or receipt you were given?

Once we have it, we will check it and get back to you with a solution as quickly as possible.

Best regards,
{{signature}}`,

  'malicious.customs_tax': `Hi {{buyerFirstName}},

Thank you for letting us know about the customs charge on order {{orderId}}. Import duties and taxes are set by the customs authority in your country and, under AliExpress rules, are the buyer's responsibility.

Before we can consider any compensation, we need to see the official customs receipt. Could you please send us a photo or scan of it showing the amount paid?

We will review it and get back to you as soon as we can.

Best regards,
{{signature}}`,

  'review.thanks': `Hi {{buyerFirstName}},

Thank you so much for your kind review! We are really glad you are happy with your order, and your feedback means a lot to us.

We would love to see you again at {{storeName}}. As a thank-you, just message us before your next order and we will offer you a returning-customer discount. 😊

Warm regards,
{{signature}}`,

  'review.negative_followup': `Hi {{buyerFirstName}},

Thank you for your feedback on order {{orderId}}, and we are sorry that your experience was not as good as it should have been.

We would really like to understand what went wrong and make it right. Could you please tell us a little more about the problem? Photos are welcome too.

We will do our best to find a solution that works for you.

Best regards,
{{signature}}`,

  'followup.confirm_receipt': `Hi {{buyerFirstName}},

The tracking shows that your order {{orderId}} has been delivered. We hope everything arrived safely and that you are happy with {{items}}!

If anything is wrong or you have a question, please message us first and we will help you right away. If all is well, you can confirm receipt on your order page whenever it suits you.

Best regards,
{{signature}}`,

  'welcome.auto_reply': `Hi {{buyerFirstName}},

Welcome to {{storeName}}, and thank you for your message!

Our team answers messages during working hours, 9:00–18:00 Beijing time (UTC+8). If you are writing outside these hours, we will reply as soon as we are back.

To help us answer faster, please include your order number and, for questions about a product, a photo or a link to it.

Best regards,
{{signature}}`,
} satisfies LanguageLibrary;
