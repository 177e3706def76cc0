/**
 * Built-in buyer-facing reply templates, Spanish.
 * Neutral international Spanish (usted throughout), chosen to read naturally in Spain and
 * Latin America: no vosotros, no regional words such as "coger", "rebajas" or "conserjería".
 * Facts match en.ts.
 */
import type { LanguageLibrary } from '../scenarios';

export default {
  'order.thanks': `Hola, {{buyerFirstName}}:

¡Gracias por su pedido {{orderId}} en {{storeName}}! Ya lo estamos preparando y lo despacharemos lo antes posible. En cuanto esté en camino, le haremos llegar el número de seguimiento.

La entrega suele tardar unos {{deliveryDays}} días desde el envío. Le pedimos que revise que la dirección y el teléfono de su pedido sean correctos, ya que la empresa de transporte podría necesitar comunicarse con usted.

Si tiene cualquier pregunta, solo tiene que responder a este mensaje.

Saludos cordiales,
{{signature}}`,

  'order.remark_ack': `Hola, {{buyerFirstName}}:

Gracias por la nota que dejó en su pedido {{orderId}}. La hemos leído y hemos trasladado su solicitud a nuestro equipo de almacén; haremos todo lo posible para preparar el pedido tal como lo pidió.

Si alguna parte de su solicitud no fuera posible, se lo comunicaremos antes de enviar el paquete, para que pueda decidir cómo prefiere continuar.

Saludos cordiales,
{{signature}}`,

  'ship.notice': `Hola, {{buyerFirstName}}:

¡Buenas noticias! Su pedido {{orderId}} ya está en camino con {{carrier}}.

Número de seguimiento: {{trackingNumber}}
Seguimiento del paquete: {{trackingUrl}}

La información de seguimiento suele aparecer en línea en un plazo de 1 a 2 días hábiles, y la entrega normalmente tarda unos {{deliveryDays}} días. Estaremos pendientes de su paquete y le avisaremos si hubiera algún retraso.

Saludos cordiales,
{{signature}}`,

  'ship.split': `Hola, {{buyerFirstName}}:

Debido a los límites de tamaño y peso, su pedido {{orderId}} se ha dividido en varios paquetes, enviados con {{carrier}}.

Números de seguimiento: {{trackingNumber}}
Seguimiento de los paquetes: {{trackingUrl}}

Los paquetes viajan por separado, así que es posible que no lleguen el mismo día. Le recomendamos esperar a recibirlos todos antes de confirmar la recepción y avisarnos si nota que falta algo.

Saludos cordiales,
{{signature}}`,

  'ship.delay_promo': `Hola, {{buyerFirstName}}:

Gracias por su pedido {{orderId}} y por su paciencia. Durante la gran promoción recibimos muchos más pedidos de lo habitual, y nuestro equipo de almacén está trabajando horas extra para despachar todos los paquetes.

Su pedido ya está programado para envío y saldrá lo antes posible. Las empresas de transporte también están muy ocupadas en estas fechas, por lo que la entrega podría tardar algo más que los {{deliveryDays}} días habituales.

Le enviaremos el número de seguimiento en cuanto el paquete salga.

Saludos cordiales,
{{signature}}`,

  'ship.out_of_stock': `Hola, {{buyerFirstName}}:

Lamentamos informarle que el siguiente artículo de su pedido {{orderId}} se ha agotado en nuestro almacén: {{items}}. Le pedimos disculpas por las molestias.

Podemos ofrecerle dos opciones:
1. el reembolso de {{refundAmount}}, o
2. esperar unas 2 o 3 semanas a que llegue nueva mercancía; en cuanto la recibamos, le enviaremos el pedido.

Por favor, indíquenos qué opción prefiere.

Saludos cordiales,
{{signature}}`,

  'logistics.no_update_just_shipped': `Hola, {{buyerFirstName}}:

Gracias por su mensaje. Su pedido {{orderId}} ya está en manos de {{carrier}} y su número de seguimiento es {{trackingNumber}}.

Es normal que el seguimiento no muestre movimientos durante los primeros días: la primera actualización aparece cuando el paquete se escanea en el centro de clasificación del transportista. Puede consultarlo aquí: {{trackingUrl}}

Nosotros también lo estamos siguiendo y le avisaremos si surge cualquier problema.

Saludos cordiales,
{{signature}}`,

  'logistics.in_transit': `Hola, {{buyerFirstName}}:

Gracias por escribirnos. Su pedido {{orderId}} está en camino con {{carrier}} y, según el seguimiento, avanza con normalidad.

Número de seguimiento: {{trackingNumber}}
Seguimiento del paquete: {{trackingUrl}}

La entrega suele tardar unos {{deliveryDays}} días, pero después de las grandes promociones los transportistas manejan volúmenes enormes y el plazo puede alargarse de 2 a 3 semanas. Gracias por su paciencia; seguiremos pendientes de su paquete.

Saludos cordiales,
{{signature}}`,

  'logistics.at_customs': `Hola, {{buyerFirstName}}:

Le escribimos con novedades sobre su pedido {{orderId}}: el paquete ya se encuentra en su país y está pasando por la aduana.

Número de seguimiento: {{trackingNumber}} ({{carrier}})
Seguimiento del paquete: {{trackingUrl}}

Una vez que la aduana lo libere, pasará al servicio de reparto local. Si la aduana se pone en contacto con usted para pedirle información, le recomendamos responder cuanto antes para que el paquete no se retrase. Disculpe que esté tardando un poco más de lo habitual.

Saludos cordiales,
{{signature}}`,

  'logistics.customs_detained': `Hola, {{buyerFirstName}}:

Lamentamos las molestias. Según el seguimiento, el paquete de su pedido {{orderId}} está retenido en la aduana de su país, a la espera de que el destinatario realice el trámite de despacho.

La aduana solo lo libera a petición de la persona a quien va dirigido, por lo que le pedimos que se comunique con la oficina de aduanas local o con {{carrier}} indicando el número de seguimiento {{trackingNumber}}. Es posible que le pidan un comprobante de compra, que puede obtener en la página de su pedido.

Si necesita algún documento de nuestra parte, díganos y se lo enviaremos de inmediato.

Saludos cordiales,
{{signature}}`,

  'logistics.returned_by_customs': `Hola, {{buyerFirstName}}:

Lo sentimos mucho: la aduana de su país no aceptó el paquete de su pedido {{orderId}} y nos lo están devolviendo. Esto ocurre con ciertos productos, como los que contienen baterías, y lamentablemente no depende de nosotros.

Le reembolsaremos {{refundAmount}}; usted no tiene que hacer nada. Según su banco, el dinero suele llegar a su cuenta en un plazo de 3 a 20 días hábiles.

Le pedimos disculpas por este inconveniente.

Saludos cordiales,
{{signature}}`,

  'logistics.stalled_abroad': `Hola, {{buyerFirstName}}:

Hemos revisado el paquete de su pedido {{orderId}}: ya se encuentra en su país, pero el seguimiento no se actualiza desde hace tiempo. Es bastante habitual cuando el paquete está en manos del correo local, ya que muchos servicios postales no registran en línea cada paso.

Vamos a ampliar el plazo de protección de su pedido para que su compra siga protegida mientras espera. ¿Podría llamar o acudir a su oficina de correos local con el número de seguimiento {{trackingNumber}} ({{carrier}})? Normalmente allí pueden ver dónde está el paquete.

Si aun así no aparece, escríbanos y lo resolveremos juntos.

Saludos cordiales,
{{signature}}`,

  'logistics.at_post_office': `Hola, {{buyerFirstName}}:

¡Buenas noticias! El paquete de su pedido {{orderId}} está en su oficina de correos local, listo para que lo recoja.

Número de seguimiento: {{trackingNumber}}
Seguimiento del paquete: {{trackingUrl}}

Le recomendamos recogerlo cuanto antes y llevar su documento de identidad, el número de seguimiento y el aviso de llegada, si lo recibió. Las oficinas de correos solo guardan los paquetes durante un tiempo limitado y después los devuelven.

Saludos cordiales,
{{signature}}`,

  'logistics.delivered_not_received': `Hola, {{buyerFirstName}}:

Lamentamos que el paquete no le haya llegado. Según {{carrier}}, el pedido {{orderId}} (número de seguimiento {{trackingNumber}}) figura como entregado en la dirección del pedido.

¿Podría consultar con sus vecinos, con la recepción o portería de su edificio y con su oficina de correos local? A veces los paquetes se dejan con otra persona o en un punto de recogida cercano.

Si aun así no aparece, avísenos: pediremos al transportista que investigue y podemos compartir con usted nuestro comprobante de envío.

Saludos cordiales,
{{signature}}`,

  'logistics.carrier_changed': `Hola, {{buyerFirstName}}:

Le pedimos disculpas por no consultarle antes: enviamos su pedido {{orderId}} con {{carrier}} en lugar del método de envío que usted eligió. En ese momento, esta opción era la más rápida y segura para su país, y queríamos que el paquete le llegara en buen estado.

Su nuevo número de seguimiento es {{trackingNumber}} y puede seguirlo aquí: {{trackingUrl}}

En adelante le consultaremos antes de cambiar de transportista.

Saludos cordiales,
{{signature}}`,

  'logistics.over_40_days': `Hola, {{buyerFirstName}}:

Sentimos mucho que el paquete de su pedido {{orderId}} todavía no haya llegado. Cuando un paquete llega al país de destino, algunos servicios postales dejan de actualizar el seguimiento en línea, así que puede estar esperando en algún lugar sin que se vea.

¿Podría comunicarse con su oficina de correos local o con {{carrier}}, indicando el número de seguimiento {{trackingNumber}}, y pedirles que lo busquen?

Si no lo encuentran, díganos y le volveremos a enviar el pedido o le haremos el reembolso, lo que usted prefiera.

Saludos cordiales,
{{signature}}`,

  'quality.not_as_described': `Hola, {{buyerFirstName}}:

Lamentamos que su pedido {{orderId}} no sea lo que esperaba. Queremos solucionarlo.

Para entender qué ocurrió, ¿podría enviarnos algunas fotos que muestren la diferencia con la página del producto, por ejemplo la etiqueta de talla, el color o el embalaje?

En cuanto las veamos, le propondremos una solución justa, como un reemplazo o un reembolso parcial.

Saludos cordiales,
{{signature}}`,

  'quality.not_working': `Hola, {{buyerFirstName}}:

Lamentamos que el artículo de su pedido {{orderId}} no funcione correctamente.

Para que nuestro técnico pueda entender el problema, ¿podría grabar un video corto que muestre lo que ocurre al usarlo? Puede subirlo a un servicio como YouTube o Google Drive y enviarnos el enlace, o mandarnos algunas fotos si le resulta más fácil.

Si se trata de un ajuste, le guiaremos paso a paso; si el artículo tiene un defecto, buscaremos una solución, como un reemplazo o un reembolso parcial.

Saludos cordiales,
{{signature}}`,

  'quality.damaged': `Hola, {{buyerFirstName}}:

Sentimos mucho que su pedido {{orderId}} haya llegado dañado; no es así como debía llegarle.

¿Podría enviarnos algunas fotos del artículo dañado y del embalaje exterior (la caja o bolsa de envío, con la etiqueta visible)? Necesitamos ambas para revisar lo ocurrido con el transportista.

En cuanto las recibamos, le propondremos una solución, como un reemplazo o un reembolso parcial.

Saludos cordiales,
{{signature}}`,

  'quality.short_shipment': `Hola, {{buyerFirstName}}:

Lamentamos que falte algo en su pedido {{orderId}}.

¿Podría enviarnos una foto de todo lo que recibió, junto con el embalaje y la etiqueta de envío? La compararemos con nuestros registros de preparación en el almacén.

Una vez confirmado, le enviaremos la pieza que falta (o, si lo prefiere, la añadiremos a su próximo pedido) y le daremos el nuevo número de seguimiento.

Saludos cordiales,
{{signature}}`,

  'quality.fake_claim': `Hola, {{buyerFirstName}}:

Gracias por comentarnos su duda sobre el pedido {{orderId}}; nos tomamos muy en serio la autenticidad de nuestros productos. Los adquirimos de la marca o de sus distribuidores autorizados, y con gusto le enviaremos nuestros documentos de autorización de la marca.

¿Podría indicarnos qué le hace pensar que el artículo no es original y enviarnos algunas fotos del logotipo, las etiquetas, el número de serie y el embalaje?

Revisaremos todo con atención y le responderemos lo antes posible.

Saludos cordiales,
{{signature}}`,

  'quality.gift_missing': `Hola, {{buyerFirstName}}:

Lo sentimos: el regalo que debía acompañar su pedido {{orderId}} no se incluyó en el paquete. Fue un error nuestro al prepararlo.

Queremos compensárselo: podemos incluir el regalo en su próximo pedido o, si lo prefiere, ofrecerle un descuento en su próxima compra. Díganos qué opción le conviene más.

Saludos cordiales,
{{signature}}`,

  'return.no_reason': `Hola, {{buyerFirstName}}:

Lamentamos que el artículo de su pedido {{orderId}} no le haya convencido; por supuesto, puede devolverlo.

Guarde el artículo en su embalaje original junto con todos sus accesorios y manuales, en el mismo estado en que lo recibió, y envíelo a la dirección de devolución que aparece en su solicitud. Utilice un envío con seguimiento y envíenos el número. Como la devolución no se debe a un defecto, el envío de retorno corre por su cuenta, salvo que su pedido incluya devoluciones gratuitas.

En cuanto recibamos y revisemos la devolución, le reembolsaremos {{refundAmount}}.

Saludos cordiales,
{{signature}}`,

  'refund.timing': `Hola, {{buyerFirstName}}:

Gracias por su paciencia con el reembolso de {{refundAmount}} de su pedido {{orderId}}.

Una vez que AliExpress procesa un reembolso, el dinero suele tardar de 3 a 20 días hábiles en llegar a su cuenta, según su banco y el método de pago.

Si pasados 20 días hábiles todavía no lo ve, le pedimos que revise de nuevo el extracto o estado de cuenta de su banco o tarjeta y, después, se comunique con nosotros; le ayudaremos a averiguar qué ocurrió.

Saludos cordiales,
{{signature}}`,

  'tariff.explain': `Hola, {{buyerFirstName}}:

Lamentamos los cargos de importación de su pedido {{orderId}}; entendemos que es una sorpresa desagradable.

Los aranceles e impuestos de importación los fija la aduana de su país, no nosotros, y según las normas de AliExpress corren a cargo del comprador. La aduana puede revisar cualquier paquete, independientemente de su valor declarado y del número de paquetes en que se divida el pedido, por lo que ninguna de las dos cosas garantiza que no se cobren impuestos.

Si necesita algún documento para la aduana, como la factura, con gusto se lo proporcionaremos.

Saludos cordiales,
{{signature}}`,

  'malicious.post_office_fee': `Hola, {{buyerFirstName}}:

Lamentamos saber que en la oficina de correos le pidieron pagar un cargo por el paquete de su pedido {{orderId}}. Nosotros pagamos el envío completo y normalmente no hay que abonar nada más al recibirlo; este tipo de cargos los establece el correo local.

Para poder revisarlo, ¿podría enviarnos una foto de la factura o el recibo que le entregaron?

En cuanto lo tengamos, lo revisaremos y le responderemos con una solución lo antes posible.

Saludos cordiales,
{{signature}}`,

  'malicious.customs_tax': `Hola, {{buyerFirstName}}:

Gracias por informarnos sobre el cargo de aduana de su pedido {{orderId}}. Los aranceles e impuestos de importación los fija la aduana de su país y, según las normas de AliExpress, corren a cargo del comprador.

Antes de poder considerar cualquier compensación, necesitamos ver el comprobante oficial de la aduana. ¿Podría enviarnos una foto o un escaneo en el que se vea el importe pagado?

Lo revisaremos y le responderemos lo antes posible.

Saludos cordiales,
{{signature}}`,

  'review.thanks': `Hola, {{buyerFirstName}}:

¡Muchas gracias por su amable reseña! Nos alegra mucho que su pedido le haya gustado, y sus comentarios son muy valiosos para nosotros.

Será un placer volver a atenderle en {{storeName}}. Como agradecimiento, escríbanos antes de su próximo pedido y le ofreceremos un descuento de cliente habitual. 😊

Un cordial saludo,
{{signature}}`,

  'review.negative_followup': `Hola, {{buyerFirstName}}:

Gracias por su opinión sobre el pedido {{orderId}}; lamentamos que su experiencia no haya sido tan buena como debería.

Queremos entender qué salió mal y solucionarlo. ¿Podría contarnos un poco más sobre el problema? Si lo desea, puede enviarnos fotos.

Haremos todo lo posible para encontrar una solución que le convenga.

Saludos cordiales,
{{signature}}`,

  'followup.confirm_receipt': `Hola, {{buyerFirstName}}:

Según el seguimiento, su pedido {{orderId}} figura como entregado. Esperamos que todo haya llegado en perfecto estado y que disfrute de {{items}}.

Si algo no está bien o tiene alguna pregunta, escríbanos primero y le ayudaremos enseguida. Si todo está en orden, puede confirmar la recepción en la página de su pedido cuando le resulte cómodo.

Saludos cordiales,
{{signature}}`,

  'welcome.auto_reply': `Hola, {{buyerFirstName}}:

¡Le damos la bienvenida a {{storeName}} y gracias por su mensaje!

Nuestro equipo responde los mensajes en horario laboral, de 9:00 a 18:00, hora de China (UTC+8). Si nos escribe fuera de ese horario, le responderemos en cuanto volvamos.

Para ayudarle más rápido, indíquenos su número de pedido y, si su consulta es sobre un producto, adjunte una foto o el enlace.

Saludos cordiales,
{{signature}}`,
} satisfies LanguageLibrary;
