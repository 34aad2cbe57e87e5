import type { Random } from './prng.ts';

/** Names as [display, ascii handle] so emails stay plain ASCII while names keep accents and scripts. */
type Part = readonly [string, string];

interface Locale {
  domain: string;
  first: readonly Part[];
  last: readonly Part[];
  /** Full name from first and last (family name first in some scripts). */
  join: (first: string, last: string) => string;
  phone: (random: Random) => string;
  streets: readonly string[];
}

const western = (first: string, last: string) => `${first} ${last}`;
const eastern = (first: string, last: string) => `${last}${first}`;
const p = (...names: string[]): Part[] => names.map((name) => [name, ascii(name)] as const);

function ascii(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

export const locales: readonly Locale[] = [
  {
    domain: 'example.com.br',
    first: p('Ana', 'João', 'Luísa', 'Conceição', 'Sérgio', 'Márcia', 'Thiago', 'Fernanda', 'Antônio', 'Beatriz'),
    last: p('Souza', 'Conceição', 'Gonçalves', 'Araújo', 'Simões', 'Magalhães', 'Brandão', 'Lima'),
    join: western,
    phone: (r) =>
      r.pick([`+55 11 9${r.digits(4)}-${r.digits(4)}`, `(21) 9${r.digits(4)}-${r.digits(4)}`, `+5551${r.digits(9)}`]),
    streets: ['Rua Augusta, 1500, São Paulo', 'Av. Atlântica, 1702, Rio de Janeiro', 'Rua da Praia, 88, Porto Alegre'],
  },
  {
    domain: 'example.es',
    first: p('José', 'María', 'Íñigo', 'Begoña', 'Álvaro', 'Lucía', 'Raúl', 'Nuria'),
    last: p('García', 'Núñez', 'Pérez', 'Ibáñez', 'Muñoz', 'Álvarez', 'Castaño'),
    join: western,
    phone: (r) =>
      r.pick([`+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    streets: ['Calle de Alcalá, 42, Madrid', 'Passeig de Gràcia, 92, Barcelona', 'Calle Larios, 5, Málaga'],
  },
  {
    domain: 'example.de',
    first: p('Jürgen', 'Käthe', 'Björn', 'Änne', 'Günther', 'Sören', 'Heike', 'Lukas'),
    last: p('Müller', 'Schröder', 'Weiß', 'Groß', 'Köhler', 'Bäcker', 'Strauß'),
    join: western,
    phone: (r) => r.pick([`+49 30 ${r.digits(7)}`, `030 ${r.digits(7)}`, `+49 151 ${r.digits(8)}`]),
    streets: ['Friedrichstraße 43, Berlin', 'Königsallee 60, Düsseldorf', 'Maximilianstraße 12, München'],
  },
  {
    domain: 'example.fr',
    first: p('Amélie', 'François', 'Hélène', 'Jérôme', 'Françoise', 'Benoît', 'Zoé', 'Gaël'),
    last: p('Lefèvre', 'Dubois', 'Moreau', 'Fontaine', 'Bérard', 'Chevalier', 'Lemaître'),
    join: western,
    phone: (r) =>
      r.pick([
        `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
        `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      ]),
    streets: ['12 rue de Rivoli, Paris', '5 place Bellecour, Lyon', '30 La Canebière, Marseille'],
  },
  {
    domain: 'example.jp',
    first: [
      ['太郎', 'taro'],
      ['花子', 'hanako'],
      ['健', 'ken'],
      ['美咲', 'misaki'],
      ['翔', 'sho'],
      ['さくら', 'sakura'],
    ],
    last: [
      ['佐藤', 'sato'],
      ['鈴木', 'suzuki'],
      ['高橋', 'takahashi'],
      ['田中', 'tanaka'],
      ['渡辺', 'watanabe'],
    ],
    join: eastern,
    phone: (r) => r.pick([`+81 3-${r.digits(4)}-${r.digits(4)}`, `090-${r.digits(4)}-${r.digits(4)}`]),
    streets: ['東京都渋谷区神南1-2-3', '大阪府大阪市北区梅田3-1-1', '京都府京都市中京区河原町通'],
  },
  {
    domain: 'example.sa',
    first: [
      ['محمد', 'mohammed'],
      ['فاطمة', 'fatima'],
      ['علي', 'ali'],
      ['نور', 'nour'],
      ['يوسف', 'youssef'],
      ['ليلى', 'layla'],
    ],
    last: [
      ['العتيبي', 'alotaibi'],
      ['الحربي', 'alharbi'],
      ['القحطاني', 'alqahtani'],
      ['الشمري', 'alshammari'],
    ],
    join: western,
    phone: (r) => r.pick([`+966 5${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `05${r.digits(8)}`]),
    streets: ['طريق الملك فهد، الرياض', 'شارع التحلية، جدة'],
  },
  {
    domain: 'example.ru',
    first: [
      ['Алексей', 'aleksei'],
      ['Ольга', 'olga'],
      ['Дмитрий', 'dmitri'],
      ['Татьяна', 'tatiana'],
      ['Сергей', 'sergei'],
      ['Ёлка', 'yolka'],
    ],
    last: [
      ['Иванов', 'ivanov'],
      ['Смирнова', 'smirnova'],
      ['Кузнецов', 'kuznetsov'],
      ['Попова', 'popova'],
      ['Соколов', 'sokolov'],
    ],
    join: western,
    phone: (r) =>
      r.pick([
        `+7 495 ${r.digits(3)}-${r.digits(2)}-${r.digits(2)}`,
        `8 (916) ${r.digits(3)}-${r.digits(2)}-${r.digits(2)}`,
      ]),
    streets: ['ул. Тверская, 7, Москва', 'Невский проспект, 28, Санкт-Петербург'],
  },
  {
    domain: 'example.in',
    first: [
      ['प्रिया', 'priya'],
      ['राहुल', 'rahul'],
      ['अनीता', 'anita'],
      ['विक्रम', 'vikram'],
      ['Aarav', 'aarav'],
      ['Diya', 'diya'],
    ],
    last: [
      ['शर्मा', 'sharma'],
      ['पटेल', 'patel'],
      ['Gupta', 'gupta'],
      ['Iyer', 'iyer'],
      ['सिंह', 'singh'],
    ],
    join: western,
    phone: (r) => r.pick([`+91 9${r.digits(4)} ${r.digits(5)}`, `09${r.digits(9)}`]),
    streets: ['MG Road 21, Bengaluru', 'Connaught Place, New Delhi', 'मरीन ड्राइव, मुंबई'],
  },
  {
    domain: 'example.cn',
    first: [
      ['伟', 'wei'],
      ['芳', 'fang'],
      ['秀英', 'xiuying'],
      ['磊', 'lei'],
      ['静', 'jing'],
      ['强', 'qiang'],
    ],
    last: [
      ['王', 'wang'],
      ['李', 'li'],
      ['张', 'zhang'],
      ['刘', 'liu'],
      ['陈', 'chen'],
    ],
    join: eastern,
    phone: (r) => r.pick([`+86 138 ${r.digits(4)} ${r.digits(4)}`, `139${r.digits(8)}`]),
    streets: ['北京市朝阳区建国路88号', '上海市浦东新区世纪大道100号'],
  },
  {
    domain: 'example.com',
    first: p('Emily', 'Michael', 'Sarah', 'Liam', 'Olivia', 'Noah', 'Chloë', 'Zoë'),
    last: p('Smith', 'Johnson', "O'Brien", 'Williams', 'Brown', 'Davis'),
    join: western,
    phone: (r) => r.pick([`+1 (415) 555-${r.digits(4)}`, `212-555-${r.digits(4)}`, `+44 20 7946 ${r.digits(4)}`]),
    streets: ['221B Baker Street, London', '1600 Amphitheatre Pkwy, Mountain View', '350 Fifth Avenue, New York'],
  },
];

export interface Person {
  name: string;
  email: string;
  phone: string;
  address: string;
}

/** The n-th demo person: locale by rotation, parts from the PRNG, an email made unique by n. */
export function makePerson(random: Random, n: number): Person {
  const locale = locales[n % locales.length]!;
  const [first, firstAscii] = random.pick(locale.first);
  const [last, lastAscii] = random.pick(locale.last);
  return {
    name: locale.join(first, last),
    email: `${firstAscii}.${lastAscii}${n}@${locale.domain}`.toLowerCase(),
    phone: locale.phone(random),
    address: random.pick(locale.streets),
  };
}
