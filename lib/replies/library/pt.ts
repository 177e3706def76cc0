/**
 * Built-in buyer-facing reply templates, Brazilian Portuguese ("você").
 * Written afresh for this project (the seeds only supplied the facts).
 * Only the variables in TEMPLATE_VARIABLES may appear; each template opens with a
 * greeting to {{buyerFirstName}} and ends with {{signature}} on its own line.
 * Sentences avoid agreeing with {{items}}, which may hold one product or several.
 */
import type { LanguageLibrary } from '../scenarios';

export default {
  'order.thanks': `Olá, {{buyerFirstName}}!

Muito obrigado pela sua compra na loja {{storeName}}! Recebemos o pedido {{orderId}} e já estamos preparando tudo para enviá-lo o quanto antes. Assim que o pacote for despachado, mandaremos o código de rastreamento.

Depois do envio, a entrega costuma levar até {{deliveryDays}} dias. Para evitar contratempos, confira se o endereço e o telefone de contato do pedido estão corretos; se precisar ajustar algo, é só nos avisar por aqui antes do envio.

Um abraço,
{{signature}}`,

  'order.remark_ack': `Olá, {{buyerFirstName}}!

Obrigado pela mensagem! Lemos a observação que você deixou no pedido {{orderId}} e já a repassamos à nossa equipe de estoque, para que a separação e a embalagem sejam feitas conforme o solicitado.

Se por algum motivo não for possível atender à sua solicitação (por exemplo, se a cor ou o modelo escolhido estiver em falta), avisaremos você antes do envio para encontrarmos juntos a melhor alternativa.

Um abraço,
{{signature}}`,

  'ship.notice': `Olá, {{buyerFirstName}}!

Boa notícia: o seu pedido {{orderId}} foi enviado pela transportadora {{carrier}}.

Código de rastreamento: {{trackingNumber}}
Acompanhe aqui: {{trackingUrl}}

As informações de rastreio podem levar de 1 a 2 dias úteis para aparecer no site. A entrega costuma levar até {{deliveryDays}} dias; vamos acompanhar o pacote e, se houver algum atraso, avisaremos você.

Um abraço,
{{signature}}`,

  'ship.split': `Olá, {{buyerFirstName}}!

Por causa dos limites de peso e tamanho para envio, o seu pedido {{orderId}} foi dividido em mais de um pacote, todos enviados pela transportadora {{carrier}}.

Códigos de rastreamento: {{trackingNumber}}
Acompanhe aqui: {{trackingUrl}}

Os pacotes viajam separadamente e podem chegar em dias diferentes. Por isso, pedimos que confirme o recebimento somente depois que todos forem entregues. Se notar a falta de algo, fale com a gente.

Um abraço,
{{signature}}`,

  'ship.delay_promo': `Olá, {{buyerFirstName}}!

Obrigado pelo seu pedido {{orderId}} e pela paciência. Durante as grandes promoções, como o 11.11, recebemos muito mais pedidos do que o normal, e por isso a separação e o envio estão levando um pouco mais de tempo.

Nossa equipe está trabalhando para despachar tudo o quanto antes, e mandaremos o código de rastreamento assim que o seu pacote sair.

Agradecemos a sua compreensão!

Um abraço,
{{signature}}`,

  'ship.out_of_stock': `Olá, {{buyerFirstName}}!

Pedimos desculpas: estamos sem estoque de {{items}} (pedido {{orderId}}). A reposição está prevista para daqui a cerca de 2 a 3 semanas.

Você prefere receber o reembolso integral agora ou aguardar a chegada do novo estoque? Se decidir esperar, enviaremos o pedido assim que os produtos chegarem e mandaremos o código de rastreamento.

É só responder por aqui com a opção que for melhor para você.

Atenciosamente,
{{signature}}`,

  'logistics.no_update_just_shipped': `Olá, {{buyerFirstName}}!

O seu pedido {{orderId}} foi entregue há pouco ao armazém da transportadora {{carrier}}, que ainda está processando o pacote. Por isso o rastreamento ainda não mostra atualizações, o que é normal nos primeiros dias após o envio.

Código de rastreamento: {{trackingNumber}}
Acompanhe aqui: {{trackingUrl}}

As primeiras informações devem aparecer em poucos dias úteis. Também estamos acompanhando e avisaremos você se notarmos qualquer problema.

Atenciosamente,
{{signature}}`,

  'logistics.in_transit': `Olá, {{buyerFirstName}}!

Verificamos o rastreamento do pedido {{orderId}}: o pacote está a caminho com a transportadora {{carrier}}.

Código de rastreamento: {{trackingNumber}}
Acompanhe aqui: {{trackingUrl}}

Em períodos de grandes promoções, o transporte internacional pode levar de 2 a 3 semanas a mais do que o habitual. Sentimos muito pela espera; seguimos monitorando o envio e daremos notícias assim que houver novidades.

Atenciosamente,
{{signature}}`,

  'logistics.at_customs': `Olá, {{buyerFirstName}}!

Temos novidades sobre o pedido {{orderId}}: segundo o rastreamento, o pacote chegou à alfândega do seu país. Depois da liberação, ele seguirá para a entrega local.

Código de rastreamento: {{trackingNumber}}
Acompanhe aqui: {{trackingUrl}}

Desculpe pela demora um pouco maior que o normal. Se a alfândega ou a transportadora pedir alguma informação, é só nos avisar que ajudamos com os documentos do pedido.

Atenciosamente,
{{signature}}`,

  'logistics.customs_detained': `Olá, {{buyerFirstName}}!

Lamentamos o transtorno. O rastreamento do pedido {{orderId}} mostra que o pacote está retido na alfândega do seu país, aguardando o desembaraço, que precisa ser feito pelo destinatário.

Recomendamos entrar em contato com a alfândega ou com a transportadora local informando o código de rastreamento {{trackingNumber}}. Eles vão orientar sobre os documentos necessários e sobre eventuais tributos, que são definidos pelo seu país.

Se precisar de algum comprovante da compra, como a fatura comercial, é só pedir que enviaremos.

Atenciosamente,
{{signature}}`,

  'logistics.returned_by_customs': `Olá, {{buyerFirstName}}!

Pedimos desculpas pelo transtorno. Fomos informados de que o pacote do pedido {{orderId}} não foi liberado pela alfândega e voltou para nós. Isso pode acontecer com alguns tipos de produto, como os que têm bateria (por exemplo, carregadores portáteis), que seguem regras mais rígidas no transporte internacional.

Vamos providenciar o reembolso de {{refundAmount}}. Depois que o AliExpress processar o reembolso, o valor pode levar alguns dias úteis para aparecer, dependendo do seu banco.

Agradecemos a compreensão e esperamos atender você novamente.

Atenciosamente,
{{signature}}`,

  'logistics.stalled_abroad': `Olá, {{buyerFirstName}}!

Lamentamos a demora. O pacote do pedido {{orderId}} já chegou ao seu país, mas o rastreamento está sem atualizações há algum tempo, o que é comum depois que a encomenda passa para o serviço postal local.

Para sua tranquilidade, estendemos o prazo de proteção do pedido, assim a sua compra continua protegida enquanto o pacote não chega.

Sugerimos entrar em contato com os Correios ou com a transportadora local informando o código {{trackingNumber}} para localizar a encomenda. Se mesmo assim ela não aparecer, fale com a gente e vamos buscar uma solução.

Atenciosamente,
{{signature}}`,

  'logistics.at_post_office': `Olá, {{buyerFirstName}}!

Boa notícia: segundo o rastreamento, o pacote do pedido {{orderId}} está aguardando retirada na agência dos Correios ou no ponto de retirada indicado.

Código de rastreamento: {{trackingNumber}}
Acompanhe aqui: {{trackingUrl}}

Verifique se foi deixado algum aviso de chegada e leve o código de rastreamento e um documento com foto. Como os pacotes ficam guardados por tempo limitado e depois são devolvidos ao remetente, recomendamos retirá-lo o quanto antes.

Um abraço,
{{signature}}`,

  'logistics.delivered_not_received': `Olá, {{buyerFirstName}}!

Sentimos muito por isso. O rastreamento do pedido {{orderId}} indica que o pacote foi entregue, mas entendemos que ele não chegou às suas mãos.

Às vezes a encomenda fica com um vizinho, na portaria ou em um ponto de retirada, então vale a pena verificar. Se não a encontrar, entre em contato com os Correios ou com a transportadora local informando o código {{trackingNumber}} e peça os detalhes da entrega.

Nós também vamos verificar o caso com a transportadora {{carrier}} e podemos fornecer o comprovante de envio, se for necessário. Conte para a gente o que descobrir.

Atenciosamente,
{{signature}}`,

  'logistics.carrier_changed': `Olá, {{buyerFirstName}}!

Pedimos desculpas por não termos avisado antes: o pedido {{orderId}} foi enviado pela transportadora {{carrier}}, e não pelo método escolhido na compra. Fizemos a troca porque, naquele momento, essa era a opção mais rápida e confiável para o seu endereço.

Novo código de rastreamento: {{trackingNumber}}
Acompanhe aqui: {{trackingUrl}}

Da próxima vez, vamos consultar você antes de qualquer mudança. Seguimos acompanhando o envio e estamos à disposição para qualquer dúvida.

Atenciosamente,
{{signature}}`,

  'logistics.over_40_days': `Olá, {{buyerFirstName}}!

Sentimos muito que o pedido {{orderId}} ainda não tenha chegado. Em remessas internacionais, é comum o rastreamento parar de atualizar depois que o pacote entra no país de destino.

Pedimos que entre em contato com os Correios ou com a transportadora local informando o código {{trackingNumber}}, para verificar se o pacote está em alguma agência ou centro de distribuição.

Se ele não for localizado, avise-nos: faremos um novo envio ou o reembolso, como você preferir.

Atenciosamente,
{{signature}}`,

  'quality.not_as_described': `Olá, {{buyerFirstName}}!

Sentimos muito que o que você recebeu no pedido {{orderId}} ({{items}}) não esteja de acordo com o anúncio.

Para verificarmos com o nosso estoque, você poderia nos enviar algumas fotos que mostrem a diferença (por exemplo, a etiqueta de tamanho, a cor ou a embalagem)?

Assim que analisarmos as fotos, vamos propor uma solução, como a troca do produto ou um reembolso parcial. Obrigado pela paciência e pela ajuda.

Atenciosamente,
{{signature}}`,

  'quality.not_working': `Olá, {{buyerFirstName}}!

Lamentamos o problema com o produto do pedido {{orderId}} ({{items}}).

Para entendermos o que está acontecendo, você poderia gravar um vídeo curto mostrando o defeito ou enviar algumas fotos? Se o arquivo for grande, pode mandar um link do YouTube ou do Google Drive aqui mesmo na conversa.

Nossa equipe técnica vai analisar; às vezes é só um ajuste simples que conseguimos explicar rapidamente. Se houver mesmo um defeito, encontraremos uma solução para você.

Atenciosamente,
{{signature}}`,

  'quality.damaged': `Olá, {{buyerFirstName}}!

Sentimos muito que o pedido {{orderId}} tenha chegado danificado. Conferimos os produtos antes do envio, então o dano provavelmente aconteceu durante o transporte.

Você poderia nos enviar fotos do produto danificado e também da embalagem externa (a caixa ou o envelope, com a etiqueta visível)? Precisamos delas para verificar o ocorrido com a transportadora.

Assim que recebermos as fotos, encontraremos uma solução para você.

Atenciosamente,
{{signature}}`,

  'quality.short_shipment': `Olá, {{buyerFirstName}}!

Sentimos muito que tenha faltado algo no seu pedido {{orderId}}.

Para verificarmos com o estoque, você poderia nos enviar uma foto de tudo o que veio no pacote, junto com a embalagem e a etiqueta de envio?

Se a falta for confirmada, enviaremos o que ficou faltando ou, se preferir, incluiremos no seu próximo pedido. Obrigado pela compreensão.

Atenciosamente,
{{signature}}`,

  'quality.fake_claim': `Olá, {{buyerFirstName}}!

Obrigado por nos contar a sua preocupação; entendemos que é importante receber um produto original. Os produtos da nossa loja vêm de fornecedores autorizados, e podemos enviar os documentos de autorização da marca para você conferir.

Para analisarmos o caso, você poderia nos mandar fotos do que chamou a sua atenção no produto do pedido {{orderId}} (logotipo, etiqueta, número de série ou embalagem)?

Vamos verificar com cuidado e responder o quanto antes.

Atenciosamente,
{{signature}}`,

  'quality.gift_missing': `Olá, {{buyerFirstName}}!

Pedimos desculpas: o brinde prometido não foi incluído no pacote do pedido {{orderId}}. A falha foi nossa, na hora de embalar.

Para compensar, podemos enviar o brinde junto com o seu próximo pedido ou oferecer um desconto na sua próxima compra. Qual opção você prefere?

Obrigado pela compreensão.

Atenciosamente,
{{signature}}`,

  'return.no_reason': `Olá, {{buyerFirstName}}!

Sentimos muito que o produto não tenha atendido às suas expectativas. Aceitamos a devolução do pedido {{orderId}}.

Por favor, embale o produto em bom estado, com todos os acessórios, manuais e a embalagem original, e envie para o endereço de devolução indicado na solicitação no AliExpress. Depois, informe o código de rastreamento da devolução.

Como a devolução não se deve a um defeito, o frete de retorno fica por sua conta, a menos que o pedido tenha devolução gratuita. Assim que recebermos e conferirmos o produto, liberaremos o reembolso de {{refundAmount}}.

Atenciosamente,
{{signature}}`,

  'refund.timing': `Olá, {{buyerFirstName}}!

O reembolso de {{refundAmount}} referente ao pedido {{orderId}} está em andamento. Depois que o AliExpress processa o reembolso, o valor costuma levar de 3 a 20 dias úteis para aparecer, dependendo do banco e da forma de pagamento.

Se após 20 dias úteis ele ainda não constar na sua fatura ou no seu extrato, fale com a gente ou com o atendimento do AliExpress, que ajudaremos a verificar.

Atenciosamente,
{{signature}}`,

  'tariff.explain': `Olá, {{buyerFirstName}}!

Entendemos a sua surpresa e sentimos muito pelo incômodo. Os impostos de importação são definidos pela alfândega do país de destino, e não pela nossa loja; pelas regras do AliExpress, eles ficam a cargo do comprador.

Vale lembrar que dividir o pedido em vários pacotes ou declarar um valor baixo não garante a isenção: a alfândega pode fiscalizar qualquer remessa.

Se tiver qualquer dúvida sobre o pedido {{orderId}}, estamos à disposição.

Atenciosamente,
{{signature}}`,

  'malicious.post_office_fee': `Olá, {{buyerFirstName}}!

Sentimos muito pela cobrança inesperada. O frete do pedido {{orderId}} foi pago integralmente por nós no envio, e essa modalidade normalmente não tem taxas na entrega; pode ser uma tarifa do serviço postal local.

Para entendermos o que aconteceu, você poderia nos enviar uma foto do comprovante ou da nota da cobrança, com o valor e o motivo?

Depois de analisar o documento, responderemos o quanto antes.

Atenciosamente,
{{signature}}`,

  'malicious.customs_tax': `Olá, {{buyerFirstName}}!

Sentimos muito pelo transtorno. Os tributos de importação do pedido {{orderId}} são definidos pela alfândega do seu país e, pelas regras do AliExpress, ficam a cargo do comprador.

Ainda assim, queremos analisar o seu caso: você poderia nos enviar uma foto do comprovante oficial da cobrança, com o valor e o código de rastreamento {{trackingNumber}}?

Com o documento em mãos, verificaremos o que pode ser feito e responderemos o quanto antes.

Atenciosamente,
{{signature}}`,

  'review.thanks': `Olá, {{buyerFirstName}}!

Muito obrigado pela avaliação do pedido {{orderId}}! Ficamos muito felizes em saber que você gostou da sua compra 😊

Será um prazer atender você de novo. Na próxima visita, confira os cupons e as promoções da loja {{storeName}}.

Até a próxima,
{{signature}}`,

  'review.negative_followup': `Olá, {{buyerFirstName}}!

Lemos a sua avaliação do pedido {{orderId}} e sentimos muito que a experiência não tenha sido boa.

Gostaríamos de entender melhor o que aconteceu para tentar resolver. Você pode nos contar os detalhes por aqui e, se for um problema com o produto, enviar algumas fotos?

A sua opinião nos ajuda a melhorar, e vamos fazer o possível para encontrar uma solução.

Atenciosamente,
{{signature}}`,

  'followup.confirm_receipt': `Olá, {{buyerFirstName}}!

Segundo o rastreamento, o pedido {{orderId}} já foi entregue. Chegou tudo certinho? Gostaríamos muito de saber o que você achou.

Se algo não estiver como esperado, fale com a gente antes de confirmar o recebimento, para resolvermos juntos. Se estiver tudo certo, você pode confirmar o recebimento na página do pedido quando puder.

Um abraço,
{{signature}}`,

  'welcome.auto_reply': `Olá, {{buyerFirstName}}!

Boas-vindas à loja {{storeName}}, e obrigado pela mensagem!

Nossa equipe atende das 9h às 18h (horário de Pequim). Se você escreveu fora desse horário, responderemos assim que o atendimento voltar.

Se a sua dúvida for sobre um pedido, informe o número dele para agilizarmos a resposta.

Um abraço,
{{signature}}`,
} satisfies LanguageLibrary;
