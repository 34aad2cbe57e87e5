/**
 * What the demo people and the agents say, per locale, in the order of `locales` in demo-people.ts
 * (pt-BR, es, de, fr, ja, ar, ru, hi, zh, en). Lines alternate: the visitor first, then the agent.
 */
interface LocaleLines {
  scripts: readonly (readonly string[])[];
  /** The agent's comment when closing. */
  closing: string;
}

export const conversations: readonly LocaleLines[] = [
  {
    scripts: [
      [
        'Olá! Meu pedido ainda não chegou.',
        'Olá! Pode me passar o número do pedido?',
        'É o ORD-482913.',
        'Obrigado. Ele sai para entrega amanhã de manhã.',
        'Perfeito, obrigado!',
      ],
      [
        'Boa tarde, como mudo meu plano para o pro?',
        'Boa tarde! Em Configurações → Plano, escolha "pro".',
        'Consegui, valeu!',
      ],
    ],
    closing: 'Dúvida resolvida',
  },
  {
    scripts: [
      [
        'Hola, no puedo iniciar sesión.',
        'Hola, ¿qué mensaje de error ve?',
        '«Contraseña incorrecta», pero es la de siempre.',
        'Le envié un enlace para restablecerla.',
        '¡Ya funciona, gracias!',
      ],
      ['¿Tienen factura con IVA desglosado?', 'Sí, la encontrará en Cuenta → Facturas.', 'Perfecto.'],
    ],
    closing: 'Acceso restablecido',
  },
  {
    scripts: [
      [
        'Guten Tag, die Lieferung ist beschädigt angekommen.',
        'Das tut mir leid! Können Sie ein Foto schicken?',
        'Habe ich per E-Mail geschickt.',
        'Danke, wir senden Ersatz noch heute.',
        'Super, vielen Dank!',
      ],
      ['Kann ich die Rechnungsadresse ändern?', 'Ja, unter Konto → Adressen.', 'Danke schön.'],
    ],
    closing: 'Ersatz versandt',
  },
  {
    scripts: [
      [
        'Bonjour, je voudrais résilier mon abonnement.',
        'Bonjour ! Puis-je savoir pourquoi ?',
        'Je n’en ai plus l’utilité.',
        'C’est fait, vous recevrez une confirmation par e-mail.',
        'Merci beaucoup.',
      ],
      [
        'Le code promo « ÉTÉ » ne marche pas.',
        'Il a expiré hier, mais je vous l’applique quand même.',
        'Génial, merci !',
      ],
    ],
    closing: 'Résiliation confirmée',
  },
  {
    scripts: [
      [
        'こんにちは。注文した商品がまだ届きません。',
        'お問い合わせありがとうございます。注文番号を教えていただけますか？',
        'ORD-773201です。',
        '明日の午前中に配達予定です。',
        'ありがとうございます！',
      ],
      ['領収書を発行できますか？', 'はい、アカウント画面からダウンロードできます。', '助かりました。'],
    ],
    closing: '解決済み',
  },
  {
    scripts: [
      [
        'مرحباً، لم يصلني رمز التحقق.',
        'أهلاً بك! هل يمكنك التحقق من رقم هاتفك؟',
        'الرقم صحيح.',
        'أرسلنا رمزاً جديداً الآن.',
        'وصل، شكراً جزيلاً!',
      ],
      ['هل يمكن تغيير موعد التسليم؟', 'نعم، اختر الموعد الجديد من صفحة الطلب.', 'تم، شكراً.'],
    ],
    closing: 'تم حل المشكلة',
  },
  {
    scripts: [
      [
        'Здравствуйте! Не проходит оплата картой.',
        'Здравствуйте! Какая ошибка появляется?',
        '«Платёж отклонён».',
        'Попробуйте ещё раз — мы сняли блокировку.',
        'Получилось, спасибо!',
      ],
      ['Можно ли вернуть товар без чека?', 'Да, достаточно номера заказа.', 'Отлично.'],
    ],
    closing: 'Оплата прошла',
  },
  {
    scripts: [
      [
        'नमस्ते, मेरा ऑर्डर अभी तक नहीं आया।',
        'नमस्ते! कृपया ऑर्डर नंबर बताइए।',
        'ORD-118734',
        'आपका ऑर्डर कल तक पहुँच जाएगा।',
        'धन्यवाद!',
      ],
      ['क्या मैं भुगतान का तरीका बदल सकता हूँ?', 'हाँ, खाता → भुगतान में जाकर।', 'ठीक है, शुक्रिया।'],
    ],
    closing: 'समस्या हल हुई',
  },
  {
    scripts: [
      [
        '你好，我的账户被锁定了。',
        '您好！请提供注册邮箱。',
        '就是这个聊天里的邮箱。',
        '已为您解锁，请重新登录。',
        '可以了，谢谢！',
      ],
      ['可以开发票吗？', '可以，在"账户 → 发票"中下载。', '好的。'],
    ],
    closing: '账户已解锁',
  },
  {
    scripts: [
      [
        'Hi, I was charged twice this month.',
        'Sorry about that! Let me check your invoices.',
        'Thanks, both on the 3rd.',
        'Found it: the duplicate is refunded, 3–5 business days.',
        'Great, thank you!',
      ],
      ['How do I add a teammate?', 'Go to Settings → Team and press Invite.', 'Done, thanks.'],
    ],
    closing: 'Refund issued',
  },
];
